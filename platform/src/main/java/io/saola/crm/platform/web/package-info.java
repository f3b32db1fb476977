/**
 * How every Saola HTTP API says no: RFC 9457 problem+json with a stable {@code type} URI per kind of problem,
 * every bad field listed, a trace id to quote, and nothing of the server's internals. Controllers, filters,
 * security handlers and the gateway all answer through here, so clients handle one error shape.
 */
package io.saola.crm.platform.web;
