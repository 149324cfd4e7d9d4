// CKAN Action API subset, registered under both /api/3/action and /api/action (ckanapi uses the unversioned one).
// GET with query args, POST with JSON (or jQuery's one-field form); CKAN's envelope and status codes, from this
// scope's own error handler.
import type { FastifyError, FastifyPluginAsync, FastifyReply, FastifyRequest } from "fastify";
import fastifyMultipart from "@fastify/multipart";
import { ACTION_NAMES, ACTIONS, actionContext } from "./actions.ts";
import { nulMessage, paramWithNul } from "../nul.ts";
import { CkanError, failure, helpUrl, invalid, success } from "./envelope.ts";
import { type CkanParams, parseFormBody } from "./params.ts";

const JSON_TYPE = "application/json;charset=utf-8";

/** Largest JSON body read from a GET (fastify parses no GET body; a search request is a few hundred bytes). */
const GET_BODY_LIMIT = 1024 * 1024;

/** The body of a GET, read by hand: ckan.js under Node sends its parameters as JSON on a GET. */
async function getBody(req: FastifyRequest): Promise<{ json: unknown } | string | undefined> {
  const length = req.headers["content-length"];
  if ((length === undefined || length === "0") && req.headers["transfer-encoding"] === undefined) return undefined;
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req.raw) {
    size += (chunk as Buffer).length;
    if (size > GET_BODY_LIMIT) return "Bad request: JSON Error: Request body too large";
    chunks.push(chunk as Buffer);
  }
  const text = Buffer.concat(chunks).toString("utf8");
  if (text.trim() === "") return undefined;
  try {
    return { json: JSON.parse(text) as unknown };
  } catch (err) {
    return `Bad request: JSON Error: Error decoding JSON data. Error: ${(err as Error).message}`;
  }
}

/** CKAN's _get_request_data: a POST's body over its query; a GET's query string, or its JSON body when the query is empty. */
async function paramsOf(req: FastifyRequest): Promise<CkanParams | string> {
  const query = { ...(req.query as CkanParams) };
  let body: unknown = req.body;
  if (req.method === "GET" && Object.keys(query).length === 0) {
    const read = await getBody(req);
    if (typeof read === "string") return read;
    body = read?.json;
  } else if (req.method !== "POST") return query;
  if (body === undefined || body === null || body === "") return query;
  if (typeof body !== "object" || Array.isArray(body)) {
    return `Bad request: JSON Error: Request data JSON decoded to ${JSON.stringify(body)} but it needs to be a dictionary.`;
  }
  return { ...query, ...(body as CkanParams) };
}

function send(req: FastifyRequest, reply: FastifyReply, status: number, body: unknown) {
  const callback = (req.query as { callback?: unknown }).callback;
  if (req.method === "GET" && status === 200 && typeof callback === "string" && /^[\w$.]{1,64}$/.test(callback)) {
    return reply.code(200).type("application/javascript;charset=utf-8").send(`${callback}(${JSON.stringify(body)});`);
  }
  return reply.code(status).type(JSON_TYPE).send(JSON.stringify(body));
}

/** A read action's form has a few short fields; a file sent to one is refused (CKAN's read actions take none). */
const MULTIPART_LIMITS = { files: 0, fields: 100, fieldSize: GET_BODY_LIMIT, parts: 100 };

const ckanRoutes: FastifyPluginAsync = async (app) => {
  // `curl -F`, R's httr and HTML forms send multipart/form-data: CKAN reads its fields like a urlencoded form's
  await app.register(fastifyMultipart, { attachFieldsToBody: "keyValues", limits: MULTIPART_LIMITS });
  app.addContentTypeParser("application/x-www-form-urlencoded", { parseAs: "string" }, (_req, body, done) => {
    done(null, parseFormBody(String(body)));
  });

  app.setErrorHandler((err: FastifyError | CkanError, req, reply) => {
    const name = (req.params as { name?: string }).name ?? "";
    const help = helpUrl(req.urls.base, name);
    if (err instanceof CkanError) return send(req, reply, err.status, failure(help, err));
    if (err.statusCode === 429) {
      return send(req, reply, 429, { help, success: false, error: { __type: "Rate Limit Error", message: `Too many requests: ${err.message}` } });
    }
    if (err.statusCode && err.statusCode >= 400 && err.statusCode < 500) {
      return send(req, reply, 400, `Bad request: JSON Error: ${err.message}`);
    }
    req.log.error(err);
    return send(req, reply, 500, failure(help, new CkanError("Internal Server Error", { message: "Internal Server Error" })));
  });

  app.route<{ Params: { name: string } }>({
    method: ["GET", "POST"],
    url: "/:name",
    config: { rateLimit: app.config.rateLimit },
    schema: {
      summary: "CKAN Action API: status_show, site_read, package_list, current_package_list_with_resources, package_search, package_show, "
        + "organization_list, organization_show, "
        + "group_list, group_show, tag_list, resource_show, datastore_search, datastore_info, help_show",
      tags: ["ckan"],
      params: { type: "object", properties: { name: { type: "string", enum: ACTION_NAMES } }, required: ["name"] },
    },
    attachValidation: true,
    handler: async (req, reply) => {
      const name = req.params.name;
      const action = Object.hasOwn(ACTIONS, name) ? ACTIONS[name] : undefined;
      if (!action) return send(req, reply, 400, `Bad request: Action name not known: ${name}`);
      const params = await paramsOf(req);
      if (typeof params === "string") return send(req, reply, 400, params);
      delete params.callback;
      delete params._;
      const nul = paramWithNul(params);
      if (nul !== undefined) {
        const { ja, en } = nulMessage(nul);
        throw invalid(nul, `${ja} / ${en}`);
      }
      const url = new URL(req.url, "http://local");
      const result = await action(params, actionContext(app.db, req.urls, url));
      return send(req, reply, 200, success(helpUrl(req.urls.base, name), result));
    },
  });
};

/** `GET /api` and `GET /api/3`: the API version, no envelope (CKAN's views/api.py). */
export const ckanVersionRoutes: FastifyPluginAsync = async (app) => {
  app.get("/api", { schema: { hide: true } }, async () => ({ version: 1 }));
  app.get("/api/3", { schema: { hide: true } }, async () => ({ version: 3 }));
};

export default ckanRoutes;
