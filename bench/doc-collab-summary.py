# One summary line per part of bench/doc-collab.cjs's JSON lines (stdin); arguments: the
# KEY=value settings the parts ran with.
import json
import sys

settings = dict(arg.split("=", 1) for arg in sys.argv[1:])
seconds, rate = settings.get("DURATION_SECONDS", "60"), settings.get("CHARS_PER_SECOND", "5")
flag = lambda b: str(b).lower()

for line in sys.stdin:
    r = json.loads(line)
    if r["part"] == "one":
        print("doc-collab: editors=%d seconds=%s rate=%s keystrokes=%d deliveries=%d p50=%sms p99=%sms max=%sms lost=%d converged=%s"
              % (r["editors"], seconds, rate, r["keystrokes"], r["deliveries"], r["p50"], r["p99"], r["max"], r["lost"], flag(r["converged"])))
    elif r["part"] == "pages":
        print("doc-collab pages: people=%d pages=%d typists=%d seconds=%d rate=%s keystrokes=%d deliveries=%d p50=%sms p99=%sms max=%sms "
              "lost=%d converged=%s refused=%d closed=%d notices=%s provision=%ds connect=%ss"
              % (r["people"], r["pages"], r["typists"], r["seconds"], r["rate"], r["keystrokes"], r["deliveries"], r["p50"], r["p99"],
                 r["max"], r["lost"], flag(r["converged"]), r["refused"], r["closedByServer"], ",".join(r["notices"]) or "none",
                 r["provisionSeconds"], r["connectSeconds"]))
        print("doc-collab pages: cpu idle atrium=%d%% postgres=%d%%, typing atrium=%d%% postgres=%d%% generator=%d%% (of one core; "
              "generator event-loop p99 %sms max %sms); live heap closed=%sMB open=%sMB after=%sMB; rss closed=%sMB open=%sMB; "
              "per open page heap=%sKB rss=%sKB; per socket heap=%sKB rss=%sKB"
              % (r["cpuIdle"]["atrium"], r["cpuIdle"]["postgres"], r["cpuTyping"]["atrium"], r["cpuTyping"]["postgres"], r["generatorCpu"],
                 r["eventLoopP99Ms"], r.get("eventLoopMaxMs"), r["heapMB"]["closed"], r["heapMB"]["open"], r["heapMB"]["after"], r["rssMB"]["closed"],
                 r["rssMB"]["open"], r["perPageKB"]["heap"], r["perPageKB"]["rss"], r["perSocketKB"]["heap"], r["perSocketKB"]["rss"]))
    elif r["part"] == "large":
        print("doc-collab large: text=%dB state=%dB pastes=%d written-in=%ss versions=%d opens=%d open p50=%sms max=%sms "
              "(handshake p50=%sms, open-to-synced p50=%sms max=%sms) http page p50=%sms max=%sms markdown=%dB p50=%sms max=%sms "
              "refused=%s lost=%d converged=%s"
              % (r["textBytes"], r["stateBytes"], r["pastes"], r["writeSeconds"], r["versions"], r["opens"], r["open"]["p50"],
                 r["open"]["max"], r["handshake"]["p50"], r["openToSynced"]["p50"], r["openToSynced"]["max"], r["httpPage"]["p50"],
                 r["httpPage"]["max"], r["markdownBytes"], r["httpMarkdown"]["p50"], r["httpMarkdown"]["max"],
                 ",".join(r["refusedWhileWriting"]) or "none", r["lost"], flag(r["converged"])))
