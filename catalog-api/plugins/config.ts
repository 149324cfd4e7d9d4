// App-wide settings every route group reads, and the URL builder for the current request.
import fp from "fastify-plugin";
import { baseUrl, makeUrls, type Urls } from "../urls.ts";

export interface ApiConfig {
  /** public base URL of the site (links in responses); default: from the request's Host */
  publicUrl?: string;
  /** requests per client per minute on the expensive routes */
  rateLimit: { max: number; timeWindow: number };
  /** largest accepted upload, bytes */
  uploadLimitBytes: number;
  /** Cache-Control max-age of GET responses, seconds */
  maxAge: number;
  /** memory for rendered record pages, kept per published state (0 = off) */
  responseCacheBytes: number;
}

export const DEFAULT_CONFIG: ApiConfig = {
  rateLimit: { max: 1200, timeWindow: 60_000 },
  uploadLimitBytes: 20 * 1024 * 1024,
  maxAge: 60,
  responseCacheBytes: 32 * 1024 * 1024,
};

declare module "fastify" {
  interface FastifyInstance {
    config: ApiConfig;
  }
  interface FastifyRequest {
    urls: Urls;
  }
}

export default fp<ApiConfig>(async (app, config) => {
  app.decorate("config", config);
  app.decorateRequest("urls", {
    getter(this: import("fastify").FastifyRequest) { return makeUrls(baseUrl(this, config.publicUrl)); },
  });
}, { name: "config" });
