// ETag, Cache-Control and 304 Not Modified for GET/HEAD answers of the scope it is registered in.
// A route that streams sets its own ETag (from what is published) before sending; the rest get a hash of the body.
import { createHash } from "node:crypto";
import type { FastifyReply, FastifyRequest } from "fastify";
import fp from "fastify-plugin";

export const weakEtag = (text: string | Buffer) => `W/"${createHash("sha1").update(text).digest("base64url")}"`;

/** If-None-Match holds the tag (or *). */
export function matches(req: FastifyRequest, etag: string): boolean {
  const header = req.headers["if-none-match"];
  if (!header) return false;
  const strip = (t: string) => t.trim().replace(/^W\//, "");
  return header.split(",").some((t) => t.trim() === "*" || strip(t) === strip(etag));
}

/** For streamed answers: sets the tag, and answers 304 when the client has it. Returns true when it did. */
export function notModified(req: FastifyRequest, reply: FastifyReply, etag: string): boolean {
  reply.header("etag", etag);
  if (!matches(req, etag)) return false;
  reply.code(304).send();
  return true;
}

export default fp<{ maxAge: number }>(async (app, { maxAge }) => {
  app.addHook("onSend", async (req, reply, payload) => {
    if ((req.method !== "GET" && req.method !== "HEAD") || reply.statusCode !== 200) return payload;
    if (!reply.hasHeader("cache-control")) reply.header("cache-control", `public, max-age=${maxAge}`);
    if (reply.hasHeader("etag") || (typeof payload !== "string" && !Buffer.isBuffer(payload))) return payload;
    const etag = weakEtag(payload);
    reply.header("etag", etag);
    if (!matches(req, etag)) return payload;
    reply.code(304);
    reply.removeHeader("content-length");
    return "";
  });
}, { name: "http-cache" });
