/** How every module's HTTP API answers: problem details, JSON input, the OpenAPI document, the single-page app. */
@NullMarked
package dev.atrium.shared.web;

import org.jspecify.annotations.NullMarked;
