package dev.atrium.doc.collab.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Limits and version-making of co-edited pages ({@code atrium.doc.collab.*}).
 *
 * @param maxUpdateBytes largest update (or other frame) a client may send
 * @param maxDocumentBytes largest a page's stored content may grow (latest version plus log)
 * @param maxSnapshotBytes largest snapshot frame: the state and its Markdown and text renderings, each up to about the document limit
 * @param updateBurst updates a socket may send at once
 * @param updatesPerSecond updates a socket may send per second, sustained
 * @param versionEveryUpdates log length at which a version is asked for (each page adds its own
 *     share of up to half as much again, so that pages edited together do not all ask at once)
 * @param versionEveryBytes log size at which a version is asked for
 * @param versionWhenIdle a pause in editing after which a version is asked for
 * @param accessCacheFor how long a socket's permission is trusted before an edit checks it again (changes to
 *     permissions, memberships and roles refresh it at once)
 * @param templateClaim how long the editor told to seed a page from its template keeps that right,
 *     if their socket stays open without storing anything
 */
@ConfigurationProperties("atrium.doc.collab")
record CollabSettings(
    @DefaultValue("1048576") int maxUpdateBytes,
    @DefaultValue("5242880") long maxDocumentBytes,
    @DefaultValue("16777216") int maxSnapshotBytes,
    @DefaultValue("120") int updateBurst,
    @DefaultValue("40") int updatesPerSecond,
    @DefaultValue("200") long versionEveryUpdates,
    @DefaultValue("262144") long versionEveryBytes,
    @DefaultValue("PT30S") Duration versionWhenIdle,
    @DefaultValue("PT5S") Duration accessCacheFor,
    @DefaultValue("PT1M") Duration templateClaim) {}
