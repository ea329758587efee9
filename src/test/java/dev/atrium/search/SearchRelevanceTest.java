package dev.atrium.search;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atrium.IntegrationTest;
import dev.atrium.files.TestFiles;
import dev.atrium.support.Api;
import dev.atrium.support.People;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Judged relevance: a fixed corpus of 142 items (124 chat messages in four private channels, Chinese
 * and English; seven documents attached as files: Word, PDF, Markdown, PowerPoint, Excel, text; the
 * seven people and the four channels) posted through the real API, and 64 queries, each with the
 * items a person typing it wants. For each query the expected best
 * item must be among the first five results, and precision@5 (relevant among the first five /
 * min(5, number relevant)) is averaged over all queries; the figure goes in BENCHMARKS.md.
 *
 * <p>The first five are read as the search box shows them: the groups in their order, the hits of
 * each in order. Hits outside the corpus (other tests' data in the shared database) are skipped, so
 * the figure does not depend on which tests ran before. Relevance is judged by meaning and in the
 * query's language: near misses are in the corpus on purpose (事项目前 and 进度条 for 项目进度, a
 * playlist "deployed" for deployment, Q2 OKR 复盘 and 事故复盘 for Q3 OKR 复盘) and are not relevant.
 */
@IntegrationTest
class SearchRelevanceTest {

  /**
   * The floor for the mean precision@5. Measured 0.896 on 2026-11-25 (BENCHMARKS.md); the margin is
   * for BM25's statistics, which count every document in the shared index, other tests' too, and so
   * can reorder close scores.
   */
  static final double THRESHOLD = 0.85;

  /**
   * Queries whose best item is known not to reach the first five, and why (measured 2026-11-25).
   * They still count in the mean. The test fails when one of them starts to succeed, so that it is
   * taken off this list and guarded from then on.
   */
  static final Map<String, String> KNOWN_MISSES = Map.of(
      "复盘",
      "eight items are equally relevant, five of them fill the first five; the judged best (the minutes, m55)"
          + " is not ahead of the others: a judgement with no single best, not a ranking fault");

  @LocalServerPort
  int port;

  // people: key, name
  static final String OUYANG = "p:ouyang",
      SIMA = "p:sima",
      ZHUGE = "p:zhuge",
      MURONG = "p:murong",
      SHANGGUAN = "p:shangguan",
      HARRIET = "p:harriet",
      NING = "p:ning";
  static final Map<String, String> PEOPLE = Map.of(
      OUYANG,
      "欧阳澜",
      SIMA,
      "司马青",
      ZHUGE,
      "诸葛明远",
      MURONG,
      "慕容雪",
      SHANGGUAN,
      "上官婉",
      HARRIET,
      "Harriet Quimby",
      NING,
      "端木宁");

  // channels: key, name prefix (a random tag follows, channel names being unique)
  static final String PLATFORM = "c:platform", MARKET = "c:market", OKR = "c:okr", TEA = "c:tea";
  static final Map<String, String> CHANNELS =
      Map.of(PLATFORM, "platform", MARKET, "market", OKR, "okr", TEA, "茶水间");

  record Message(String key, String channel, String author, String body) {}

  record Attachment(
      String key,
      String message,
      String channel,
      String author,
      String name,
      byte[] bytes,
      String body) {}

  record Judged(String query, String best, Set<String> relevant) {}

  static final List<Message> MESSAGES = List.of(
      // platform: engineering
      m("m01", PLATFORM, OUYANG, "项目进度：搜索服务完成了 80%，下周三前可以联调"),
      m("m02", PLATFORM, SIMA, "今天的项目进度会议改到下午三点"),
      m("m03", PLATFORM, ZHUGE, "Deployment of the search service is scheduled for Friday night"),
      m("m04", PLATFORM, SIMA, "We deployed the new gateway to staging yesterday"),
      m("m05", PLATFORM, OUYANG, "deploying 2.3.1 to production now, please hold merges"),
      m("m06", PLATFORM, HARRIET, "The deploy script failed on node-3, rolling back"),
      m("m07", PLATFORM, ZHUGE, "部署脚本已经修好了，今晚重新部署"),
      m("m08", PLATFORM, MURONG, "生产环境部署完成，监控一切正常"),
      m("m09", PLATFORM, SIMA, "数据库迁移需要停机十分钟"),
      m("m10", PLATFORM, NING, "请大家更新一下 Jira 上的任务状态"),
      m("m11", PLATFORM, NING, "项目整体进度落后两天，需要加人"),
      m("m12", PLATFORM, SHANGGUAN, "这个事项目前还没有人负责"),
      m("m13", PLATFORM, HARRIET, "进度条显示卡在 99%，页面没反应"),
      m("m14", TEA, SHANGGUAN, "项羽和刘邦的故事你看过吗"),
      m("m15", PLATFORM, HARRIET, "The rollout plan: canary 5% first, then 50%, then everyone"),
      m("m16", PLATFORM, HARRIET, "Rollback procedure is in the SOP document"),
      m("m17", PLATFORM, ZHUGE, "Kubernetes 集群升级到 1.31 了"),
      m("m18", PLATFORM, HARRIET, "code freeze starts Monday for the release"),
      m("m19", PLATFORM, SIMA, "发布说明草稿已经放在共享盘"),
      m("m20", PLATFORM, ZHUGE, "性能测试报告：P99 延迟从 450ms 降到 120ms"),
      m("m21", PLATFORM, HARRIET, "Who owns the search index rebuild?"),
      m("m22", PLATFORM, OUYANG, "索引重建大概需要二十分钟"),
      m("m23", PLATFORM, MURONG, "新版本上线后用户反馈登录变慢"),
      m("m24", PLATFORM, OUYANG, "登录接口加了缓存，响应时间恢复正常"),
      m("m25", PLATFORM, SIMA, "请 review 一下 PR #482：修复上传大文件超时"),
      m("m26", PLATFORM, ZHUGE, "文件上传超时的问题已经定位，是网关的读超时太短"),
      m("m27", PLATFORM, MURONG, "内存泄漏出现在图片缩略图生成里"),
      m("m28", PLATFORM, NING, "明天上午九点站会"),
      m("m29", PLATFORM, HARRIET, "deployment checklist updated: backups, migrations, smoke tests"),
      m("m30", PLATFORM, NING, "Deployments on Friday are frozen from now on"),
      // market
      m("m31", MARKET, SHANGGUAN, "市场活动预算还剩 12 万"),
      m("m32", MARKET, MURONG, "双十一活动海报定稿了"),
      m("m33", MARKET, HARRIET, "The marketing budget for Q4 needs approval by Friday"),
      m("m34", MARKET, SHANGGUAN, "竞品分析报告下周一交"),
      m("m35", MARKET, MURONG, "客户访谈记录整理在共享文档里"),
      m("m36", MARKET, SHANGGUAN, "官网改版方案有三个备选"),
      m("m37", MARKET, MURONG, "公众号文章阅读量比上周涨了 30%"),
      m("m38", MARKET, SHANGGUAN, "展会展位已经订好，在 B 馆 12 号"),
      m("m39", MARKET, HARRIET, "Please send me the campaign metrics"),
      m("m40", MARKET, HARRIET, "Campaign results look strong in Shanghai and Shenzhen"),
      m("m41", MARKET, MURONG, "品牌手册第二版发布了"),
      m("m42", MARKET, SHANGGUAN, "目录页需要重新排版"),
      m("m43", MARKET, MURONG, "项链赠品的供应商换了"),
      m("m44", MARKET, SHANGGUAN, "广告投放 ROI 是 3.2"),
      m("m45", MARKET, MURONG, "渠道合作伙伴大会定在十月"),
      m("m46", MARKET, SHANGGUAN, "新客户签约：华东区三家"),
      m("m47", MARKET, MURONG, "销售线索周报已发"),
      m("m48", MARKET, NING, "预算审批流程改了，超过五万需要总监签字"),
      m("m49", MARKET, SHANGGUAN, "Q3 市场预算执行率 85%"),
      m("m50", MARKET, MURONG, "价格调整通知会在下周发布"),
      // okr
      m("m51", OKR, NING, "Q3 OKR 复盘会定在周五下午"),
      m("m52", OKR, NING, "OKR 复盘材料请在周四前提交"),
      m("m53", OKR, SIMA, "Q3 的关键结果完成了 70%"),
      m("m54", OKR, NING, "Q4 OKR 草案已经发出来，请大家提意见"),
      m("m55", OKR, SIMA, "复盘会议纪要：问题主要出在需求变更太频繁"),
      m("m56", OKR, MURONG, "今年的目标是把客户留存率提升到 90%"),
      m("m57", OKR, NING, "季度目标和项目进度要对齐"),
      m("m58", OKR, HARRIET, "Q3 revenue target reached 102%"),
      m("m59", OKR, HARRIET, "The OKR review template is in the wiki"),
      m("m60", OKR, NING, "团队 OKR 对齐会改到下周"),
      m("m61", OKR, HARRIET, "q3 okr retro notes are attached to the invite"),
      m("m62", OKR, SIMA, "个人目标写得太空泛，需要可衡量"),
      m("m63", OKR, ZHUGE, "KR2 的进度落后，需要支援"),
      m("m64", OKR, SIMA, "Q2 OKR 复盘的结论还有效吗"),
      m("m65", OKR, NING, "复盘不是为了追责，而是总结经验"),
      // tea room
      m("m66", TEA, MURONG, "今天午饭吃什么？楼下新开了一家兰州拉面"),
      m("m67", TEA, SHANGGUAN, "周五团建去爬山，记得带水"),
      m("m68", TEA, MURONG, "谁的咖啡杯落在会议室了"),
      m("m69", TEA, SHANGGUAN, "下午茶到了，在前台"),
      m("m70", TEA, MURONG, "项目组的聚餐改到周六"),
      m("m71", TEA, SHANGGUAN, "生日快乐，慕容雪！"),
      m("m72", TEA, NING, "停车场下周重新划线"),
      m("m73", TEA, MURONG, "目前空调温度设在 26 度"),
      m("m74", TEA, HARRIET, "Anyone up for badminton after work?"),
      m("m75", TEA, SHANGGUAN, "健身房的年卡打八折"),
      m("m76", TEA, NING, "快递放在前台了"),
      m("m77", TEA, MURONG, "明天降温，注意保暖"),
      m("m78", TEA, SHANGGUAN, "猫咪照片分享"),
      m("m79", TEA, MURONG, "周末看了电影《流浪地球》"),
      m("m80", TEA, HARRIET, "The coffee machine is broken again"),
      m("m81", TEA, SHANGGUAN, "公司年会节目报名开始了"),
      m("m82", TEA, ZHUGE, "新来的同事是欧阳澜的校友"),
      m("m83", TEA, MURONG, "项目经理今天请假"),
      m("m84", TEA, SHANGGUAN, "进度汇报模板放在群文件"),
      m("m85", TEA, HARRIET, "I deployed a new playlist to the office speaker"),
      // platform, more
      m("m86", PLATFORM, ZHUGE, "监控告警：磁盘使用率超过 90%"),
      m("m87", PLATFORM, MURONG, "日志平台迁移到新集群"),
      m("m88", PLATFORM, OUYANG, "灰度发布从明天开始"),
      m("m89", PLATFORM, OUYANG, "API 文档更新了 search 接口"),
      m("m90", PLATFORM, MURONG, "搜索结果排序有问题，相关度太低"),
      m("m91", PLATFORM, OUYANG, "中文分词用的是 smartcn"),
      m(
          "m92",
          PLATFORM,
          HARRIET,
          "Search relevance for Chinese queries improved after adding bigrams"),
      m("m93", PLATFORM, SIMA, "前端构建时间从 3 分钟降到 40 秒"),
      m("m94", PLATFORM, ZHUGE, "Redis 集群扩容完成"),
      m("m95", PLATFORM, MURONG, "安全扫描发现两个高危漏洞，已修复"),
      m("m96", PLATFORM, SIMA, "证书下个月过期，需要续期"),
      m("m97", PLATFORM, ZHUGE, "备份恢复演练成功"),
      m("m98", PLATFORM, HARRIET, "The database backup restore drill succeeded"),
      m("m99", PLATFORM, NING, "值班表更新了，下周是司马青"),
      m("m100", PLATFORM, HARRIET, "Oncall handover: two incidents, both resolved"),
      m("m101", PLATFORM, ZHUGE, "事故复盘：周二凌晨的服务中断"),
      m("m102", PLATFORM, ZHUGE, "服务中断的根因是配置错误"),
      m("m103", PLATFORM, SIMA, "配置中心上线了"),
      m("m104", PLATFORM, MURONG, "移动端发版延期一周"),
      m("m105", PLATFORM, HARRIET, "The iOS release is delayed by one week"),
      m("m106", PLATFORM, MURONG, "安卓包体积减少 15%"),
      m("m107", PLATFORM, SIMA, "测试覆盖率达到 78%"),
      m("m108", PLATFORM, SIMA, "自动化测试每晚跑一次"),
      m("m109", PLATFORM, OUYANG, "单元测试挂了，看看是不是时区问题"),
      m("m110", PLATFORM, NING, "周报：本周完成登录优化、上传修复、搜索联调"),
      m("m111", MARKET, HARRIET, "The weekly report for marketing is late"),
      m("m112", MARKET, SHANGGUAN, "市场部周报已经上传"),
      m("m113", MARKET, HARRIET, "The press release goes out Tuesday"),
      m("m114", MARKET, SHANGGUAN, "新闻稿需要法务审核"),
      m("m115", MARKET, NING, "合同模板更新到 2026 版"),
      m("m116", PLATFORM, ZHUGE, "上线失败就按预案回滚"),
      m("m117", PLATFORM, SIMA, "数据库备份每天凌晨两点执行"));

  static final List<Attachment> FILES = List.of(
      new Attachment(
          "f1",
          "mf1",
          PLATFORM,
          OUYANG,
          "周报-第47周.docx",
          TestFiles.docx(
              "研发周报 第47周", "项目进度：搜索服务联调完成 90%，文本抽取已合并。",
              "Deployment: the search service was deployed to staging.", "风险：中文分词准确率需要验证。"),
          "第47周研发周报，请查收"),
      new Attachment(
          "f2",
          "mf2",
          PLATFORM,
          HARRIET,
          "release-checklist.pdf",
          TestFiles.pdf(
              "Release checklist",
              "1. Freeze the branch",
              "2. Run the database migrations",
              "3. Deploy to canary",
              "4. Watch the dashboards and roll back on errors"),
          "Release checklist for 2.4, please follow it"),
      new Attachment(
          "f3",
          "mf3",
          PLATFORM,
          ZHUGE,
          "部署SOP.md",
          ("# 生产部署标准操作流程\n\n1. 提前一天发布变更公告\n2. 备份数据库\n3. 执行灰度发布\n4. 观察监控十五分钟\n" + "5. 出现问题立即回滚\n")
              .getBytes(StandardCharsets.UTF_8),
          "部署 SOP 更新了，上线前请务必看一遍"),
      new Attachment(
          "f4",
          "mf4",
          OKR,
          NING,
          "Q3-OKR复盘.pptx",
          TestFiles.pptx("Q3 OKR 复盘", "目标一：客户留存率 88%（目标 90%）", "经验：需求评审要更早开始"),
          "Q3 OKR 复盘的 PPT，会前请看"),
      new Attachment(
          "f5",
          "mf5",
          MARKET,
          SHANGGUAN,
          "市场预算.xlsx",
          TestFiles.xlsx("预算", "2026 年市场预算", "线上广告 40 万", "展会 25 万", "marketing budget total 80 万"),
          "明年的市场预算表"),
      new Attachment(
          "f6",
          "mf6",
          MARKET,
          NING,
          "合同模板.docx",
          TestFiles.docx("采购合同", "甲方与乙方就以下事项达成一致", "付款方式：验收后三十日内支付"),
          "法务给的新版"),
      new Attachment(
          "f7",
          "mf7",
          MARKET,
          HARRIET,
          "meeting-notes.txt",
          "Notes from the vendor meeting\npricing, delivery dates, support SLA\n"
              .getBytes(StandardCharsets.UTF_8),
          "Notes from today's vendor meeting"));

  /** The channels' names are known only once the tag is drawn; in: queries use {@code {okr}} and the like. */
  static final List<Judged> QUERIES = List.of(
      // Chinese words and phrases, with near misses in the corpus
      q("项目进度", "m01", "m02", "m11", "m57", "f1"),
      q("部署", "m07", "m08", "f3", "mf3"),
      q("复盘", "m55", "m51", "m52", "m64", "m65", "m101", "f4", "mf4"),
      q("市场预算", "f5", "mf5", "m31", "m49"),
      q("周报", "f1", "mf1", "m110", "m47", "m112"),
      q("灰度发布", "m88", "f3"),
      q("回滚", "m116", "f3"),
      q("数据库备份", "m117", "f3", "m97"),
      q("搜索", "m90", "m01", "m110", "f1"),
      q("中文分词", "m91", "f1"),
      q("登录变慢", "m23", "m24"),
      q("客户留存率", "m56", "f4"),
      q("证书过期", "m96"),
      q("团建", "m67"),
      q("午饭", "m66"),
      q("事故复盘", "m101", "m102"),
      q("发版", "m104"),
      q("上传 超时", "m26", "m25"),
      // English, other word forms
      q("deployment", "m03", "m04", "m05", "m06", "m29", "m30", "f1", "f2"),
      q("deployed", "m04", "m03", "m05", "m06", "m29", "m30", "f1", "f2"),
      q("deploy script", "m06"),
      q("marketing budget", "m33", "f5"),
      q("budget", "m33", "f5"),
      q("weekly report", "m111"),
      q("canary", "m15", "f2"),
      q("rollback", "m16", "m06", "f2"),
      q("backup", "m98", "m29"),
      q("search", "m21", "m03", "m89", "m92", "f1"),
      q("campaigns", "m40", "m39"),
      q("coffee", "m80"),
      q("badminton", "m74"),
      q("iOS release", "m105"),
      q("oncall", "m100"),
      // mixed
      q("Q3 OKR 复盘", "m51", "m52", "m55", "m61", "f4", "mf4"),
      q("OKR", "c:okr", "m51", "m52", "m54", "m59", "m60", "m61", "m64", "f4", "mf4"),
      q("search 接口", "m89"),
      q("smartcn 分词", "m91"),
      q("P99", "m20"),
      q("Kubernetes 升级", "m17"),
      // quoted phrases
      q("\"上传超时\"", "m26"),
      q("\"search service\"", "m03", "f1"),
      q("\"code freeze\"", "m18"),
      // people by name and by pinyin
      q("慕容雪", MURONG, "m71"),
      q("司马青", SIMA, "m99"),
      q("上官", SHANGGUAN),
      q("ouyang", OUYANG),
      q("zhuge mingyuan", ZHUGE),
      q("murong xue", MURONG),
      q("simaqing", SIMA),
      q("Harriet", HARRIET),
      // files by content and by name
      q("release checklist", "f2", "mf2"),
      q("部署SOP", "f3", "mf3"),
      q("合同模板", "f6", "mf6", "m115"),
      q("vendor meeting", "f7", "mf7"),
      q("付款方式", "f6"),
      // filtered
      q("in:#{market} 预算", "m31", "m48", "m49", "f5", "mf5"),
      q("from:@欧阳澜 deploy", "m05"),
      q("from:@司马青 项目进度", "m02"),
      q("has:file 周报", "mf1", "f1"),
      q("kind:file 部署", "f3"),
      q("kind:file budget", "f5"),
      q("kind:person 司马", SIMA),
      q("kind:channel okr", OKR),
      q("茶水间", TEA));

  @Test
  void judgedQueriesFindWhatTheirAskersWant() {
    String tag = UUID.randomUUID().toString().substring(0, 6);
    Api admin = People.admin(port);
    Map<String, People.Person> people = new HashMap<>();
    Map<String, UUID> ids = new HashMap<>();
    PEOPLE.forEach((key, name) -> {
      People.Person person = People.create(port, admin, name);
      people.put(key, person);
      ids.put(key, person.id());
    });
    Api ning = people.get(NING).api();
    Map<String, String> channelNames = new HashMap<>();
    CHANNELS.forEach((key, prefix) -> {
      String name = prefix + "-" + tag;
      var created = ning.post("/api/v1/channels", Map.of("kind", "PRIVATE", "name", name));
      assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
      UUID channel = UUID.fromString(created.body().path("id").asString());
      people.forEach((personKey, person) -> {
        if (!personKey.equals(NING)) {
          assertThat(ning.post(
                      "/api/v1/channels/" + channel + "/members", Map.of("personId", person.id()))
                  .status())
              .isEqualTo(200);
        }
      });
      ids.put(key, channel);
      channelNames.put(key.substring(2), name);
    });
    for (Message message : MESSAGES) {
      ids.put(
          message.key(),
          post(
              people.get(message.author()).api(),
              ids.get(message.channel()),
              message.body(),
              List.of()));
    }
    for (Attachment file : FILES) {
      Api api = people.get(file.author()).api();
      var uploaded = api.sendRaw(
          "POST",
          "/api/v1/files?name=" + URLEncoder.encode(file.name(), StandardCharsets.UTF_8),
          "application/octet-stream",
          file.bytes());
      assertThat(uploaded.status()).as(uploaded.body().toString()).isEqualTo(201);
      ids.put(file.key(), UUID.fromString(uploaded.body().path("id").asString()));
      ids.put(
          file.message(),
          post(api, ids.get(file.channel()), file.body(), List.of(ids.get(file.key()))));
    }
    Map<UUID, String> keys = new HashMap<>();
    ids.forEach((key, id) -> keys.put(id, key));
    waitUntilIndexed(admin);

    List<String> misses = new ArrayList<>();
    List<String> nowFound = new ArrayList<>();
    double sum = 0;
    var table = new StringBuilder(
        String.format(Locale.ROOT, "%-28s %5s %6s  %s%n", "query", "best", "P@5", "first five"));
    for (Judged judged : QUERIES) {
      String query = judged.query();
      for (var channel : channelNames.entrySet()) {
        query = query.replace("{" + channel.getKey() + "}", channel.getValue());
      }
      List<String> firstFive = firstFive(ning, query, keys);
      long relevant = firstFive.stream().filter(judged.relevant()::contains).count();
      double precision = (double) relevant / Math.min(5, judged.relevant().size());
      sum += precision;
      int best = firstFive.indexOf(judged.best()) + 1;
      if (best == 0 && !KNOWN_MISSES.containsKey(judged.query())) {
        misses.add(judged.query() + " (wanted " + judged.best() + ", got " + firstFive + ")");
      }
      if (best > 0 && KNOWN_MISSES.containsKey(judged.query())) {
        nowFound.add(judged.query());
      }
      table.append(String.format(
          Locale.ROOT,
          "%-28s %5s %6.2f  %s%n",
          judged.query(),
          best == 0 ? "-" : best,
          precision,
          firstFive.stream()
              .map(key -> judged.relevant().contains(key) ? key + "+" : key)
              .toList()));
    }
    double mean = sum / QUERIES.size();
    table.append(String.format(
        Locale.ROOT, "mean precision@5 over %d queries: %.3f%n", QUERIES.size(), mean));
    KNOWN_MISSES.forEach((query, why) ->
        table.append("known miss: ").append(query).append(": ").append(why).append('\n'));
    System.out.println(table);

    assertThat(misses).as("queries whose best item is not among the first five").isEmpty();
    assertThat(nowFound)
        .as("known misses that are found now: take them off KNOWN_MISSES")
        .isEmpty();
    assertThat(mean).isGreaterThanOrEqualTo(THRESHOLD);
  }

  /** The corpus keys of the first five hits the asker reads: groups in order, hits in order, others' data skipped. */
  private static List<String> firstFive(Api api, String query, Map<UUID, String> keys) {
    var answer =
        api.get("/api/v1/search?size=10&q=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
    assertThat(answer.status()).as(query + ": " + answer.body()).isEqualTo(200);
    List<String> found = new ArrayList<>();
    for (JsonNode group : answer.body().path("groups")) {
      for (JsonNode hit : group.path("hits")) {
        String key = keys.get(UUID.fromString(hit.path("id").asString()));
        if (key != null && found.size() < 5) {
          found.add(key);
        }
      }
    }
    return found;
  }

  /**
   * Indexing follows each commit from the event publication registry: waits until no search feed's
   * publication is open any more (every write above committed before its answer came).
   */
  private static void waitUntilIndexed(Api admin) {
    Awaitility.await()
        .atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofMillis(200))
        .untilAsserted(() -> {
          var status = admin.get("/api/v1/admin/search/index");
          assertThat(status.status()).isEqualTo(200);
          assertThat(status.body().path("pendingEvents").asLong()).isZero();
        });
  }

  private static UUID post(Api api, UUID channel, String body, List<UUID> attachments) {
    var posted = api.post(
        "/api/v1/channels/" + channel + "/messages",
        Map.of("clientMessageId", UUID.randomUUID(), "body", body, "attachmentIds", attachments));
    assertThat(posted.status()).as(posted.body().toString()).isEqualTo(201);
    return UUID.fromString(posted.body().path("id").asString());
  }

  private static Message m(String key, String channel, String author, String body) {
    return new Message(key, channel, author, body);
  }

  private static Judged q(String query, String best, String... others) {
    Set<String> relevant = new LinkedHashSet<>();
    relevant.add(best);
    relevant.addAll(List.of(others));
    return new Judged(query, best, relevant);
  }
}
