// Officer uploads: a bearer token bound to one municipality; multipart (field `file`) or raw bytes; a dry run only
// validates; otherwise a clean file is published like a harvest, and a file with errors is not published.
// Bearer auth lives in this plugin only (fastify encapsulation): no other route sees it.
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from "fastify";
import fastifyMultipart from "@fastify/multipart";
import { ingestFile } from "../../pipelines/publish.ts";
import type { Report } from "../../pipelines/report.ts";
import { getDataset } from "../../schemas/index.ts";
import { isValidCode } from "../../schemas/local-government-code.ts";
import { findToken, type TokenInfo } from "../../storage/tokens.ts";
import { getUpload, latestTerms, listUploads, logUpload, uploadSourceId, type UploadStatus } from "../../storage/uploads.ts";
import {
  apiError, badRequest, notFound, ReportQuery, routeSchema, UploadDetail, UploadList, UploadParams, UploadQuery, UploadResult, UploadsQuery,
} from "../contracts.ts";
import { reportCsv } from "../render/report-csv.ts";
import { asUploadReport, datasetNamesEn, datasetNamesJa, detectedDataset, isAuto } from "../upload-dataset.ts";

declare module "fastify" {
  interface FastifyRequest {
    uploader: TokenInfo | null;
  }
}

const DEFAULT_LICENSE = "CC-BY-4.0";

const hasError = (r: Report) => r.issues.some((i) => i.severity === "error");
const unreadable = (r: Report) => r.issues.some((i) => i.severity === "error" && i.row === null && i.field === null);

function bearer(req: FastifyRequest): string | null {
  const m = /^Bearer\s+(\S+)\s*$/i.exec(req.headers.authorization ?? "");
  return m ? m[1]! : null;
}

/** 401 without a live token; 403 when the token belongs to another municipality. Runs before the body is read. */
async function authenticate(req: FastifyRequest, reply: FastifyReply) {
  const secret = bearer(req);
  const token = secret ? await findToken(req.server.db, secret) : undefined;
  if (!token) {
    const [ja, en] = secret
      ? ["トークンが正しくないか、失効しています。入力したトークンを確かめ、わからない場合は管理者に確認してください。",
        "The token is wrong or has been revoked. Check the token you entered; if in doubt, ask the administrator."]
      : ["トークンがありません。管理者から受け取った自団体のトークンを入力してください（API では Authorization: Bearer <トークン>）。",
        "No token: enter your municipality's token from the administrator (API: Authorization: Bearer <token>)."];
    return reply.code(401).header("www-authenticate", 'Bearer realm="uploads"').send(apiError(401, "Authorization Error", ja, en));
  }
  const wanted = (req.query as { municipality?: unknown }).municipality;
  if (typeof wanted === "string" && wanted !== token.municipality_code) {
    return reply.code(403).send(apiError(403, "Authorization Error",
      `このトークンは団体コード ${token.municipality_code} 専用です。${wanted} のデータはアップロードできません。`,
      `This token belongs to municipality ${token.municipality_code}; it cannot upload data of ${wanted}.`, "municipality"));
  }
  req.uploader = token;
}

/** The file: multipart field `file`, or the raw body; its name from the part, X-File-Name, or `filename`. */
async function readFile(req: FastifyRequest<{ Querystring: UploadQuery }>): Promise<{ bytes: Uint8Array; fileName: string | null } | null> {
  if (req.isMultipart()) {
    for await (const part of req.parts()) {
      if (part.type === "file" && part.fieldname === "file") return { bytes: new Uint8Array(await part.toBuffer()), fileName: part.filename?.replaceAll("\u0000", "") || null };
      if (part.type === "file") await part.toBuffer();
    }
    return null;
  }
  const body = req.body;
  const bytes = Buffer.isBuffer(body) ? new Uint8Array(body) : typeof body === "string" ? new TextEncoder().encode(body) : null;
  if (!bytes || bytes.length === 0) return null;
  const header = req.headers["x-file-name"];
  const fromHeader = typeof header === "string" ? safeDecode(header) : null;
  return { bytes, fileName: fromHeader ?? req.query.filename ?? null };
}

/** 400 for a file whose dataset neither its name nor its header tells (or that could not be read at all). */
function undetected(report: Report) {
  const reason = report.issues.find((i) => i.severity === "error" && i.code !== "unknown_dataset");
  const why = reason ? { ja: `${reason.message_ja}`, en: `${reason.message_en}` }
    : { ja: "ファイル名にも見出しにも手がかりがなく、どのデータセットか判定できませんでした。", en: "Neither the file name nor the header tells which dataset this is." };
  return badRequest("dataset", `${why.ja}「データセット」欄で選んでください: ${datasetNamesJa()}。`,
    `${why.en} Choose the dataset in the form: ${datasetNamesEn()}.`);
}

function safeDecode(text: string): string {
  try { return decodeURIComponent(text); } catch { return text; }
}

const uploadsRoutes: FastifyPluginAsync = async (app) => {
  const limit = app.config.uploadLimitBytes;
  // A file is bytes, whatever it is labelled: fastify's own text/plain and JSON parsers would decode it as UTF-8 and
  // ruin a Shift_JIS file (curl -H 'Content-Type: text/plain' --data-binary @file.csv), so this scope has none of them.
  app.removeAllContentTypeParsers();
  await app.register(fastifyMultipart, { limits: { fileSize: limit, files: 1, fields: 10, parts: 12 } });
  app.addContentTypeParser("*", { parseAs: "buffer", bodyLimit: limit }, (_req, body, done) => done(null, body));
  app.decorateRequest("uploader", null);
  app.addHook("onRequest", authenticate);

  app.post<{ Querystring: UploadQuery }>("/uploads", {
    bodyLimit: limit,
    config: { rateLimit: app.config.rateLimit },
    schema: {
      summary: "Upload a file for your municipality (dryRun=true validates only) / 自団体のファイルをアップロード",
      description: `Body: multipart/form-data with field \`file\`, or the raw file (name in X-File-Name or \`filename\`). Limit ${limit} bytes.`
        + " A file whose report has errors is not published; the report says what to fix.",
      tags: ["uploads"],
      security: [{ bearer: [] }],
      querystring: routeSchema(UploadQuery, "input"),
      response: {
        200: routeSchema(UploadResult),
        400: { $ref: "ApiError#" }, 401: { $ref: "ApiError#" }, 403: { $ref: "ApiError#" }, 413: { $ref: "ApiError#" },
      },
    },
  }, async (req, reply) => {
    const token = req.uploader!;
    const { municipality, dryRun = false } = req.query;
    if (!isValidCode(municipality)) {
      return reply.code(400).send(badRequest("municipality", `団体コード「${municipality}」が正しくありません（例: 131041）。`,
        `Municipality code "${municipality}" is not valid (e.g. 131041).`));
    }
    const auto = isAuto(req.query.dataset);
    const chosen = auto ? undefined : getDataset(req.query.dataset!);
    if (!auto && !chosen) {
      return reply.code(400).send(badRequest("dataset", `データセット「${req.query.dataset}」はありません。次のどれかを選んでください: ${datasetNamesJa()}。`,
        `There is no dataset "${req.query.dataset}". Choose one of: ${datasetNamesEn()}.`));
    }
    const file = await readFile(req);
    if (!file) {
      return reply.code(400).send(badRequest("file", "ファイルがありません。multipart の file 欄か、本文にファイルそのものを送ってください。",
        "No file: send multipart field `file`, or the file itself as the body."));
    }
    const input = { bytes: file.bytes, fileName: file.fileName ?? (chosen ? `${municipality}_${chosen.id}.csv` : `${municipality}.csv`) };
    // Validate first: only a file without errors is published (a harvest may publish valid rows of a partly bad file;
    // an officer gets the report back and fixes the file instead). With auto, that check also tells the dataset.
    const asked = chosen?.id ?? "auto";
    const check = await ingestFile(app.db, input, { municipality, dataset: asked, source_id: uploadSourceId(municipality, asked) }, { dryRun: true });
    const dataset = chosen ?? detectedDataset(check.report);
    if (!dataset) return reply.code(400).send(undetected(check.report));
    const terms = await latestTerms(app.db, municipality, dataset.id);
    const target = {
      municipality, dataset: dataset.id, source_id: uploadSourceId(municipality, dataset.id), source_url: null,
      license: terms?.license ?? DEFAULT_LICENSE, attribution: terms?.attribution ?? null, sample: false, trigger: "upload" as const,
    };
    let report = asUploadReport(check.report, dataset);
    let status: UploadResult["status"] = hasError(report) ? "invalid" : "dry_run";
    let versionId: number | null = null;
    if (!dryRun && status === "dry_run") {
      const done = await ingestFile(app.db, input, target, { detectDataset: auto });
      ({ status } = done);
      report = asUploadReport(done.report, dataset);
      versionId = done.version_id;
    }
    const logged: UploadStatus = status === "dry_run" ? "valid" : status === "invalid" && unreadable(report) ? "rejected" : status;
    const uploadId = await logUpload(app.db, {
      token_id: token.id, municipality_code: municipality, dataset_id: dataset.id, dry_run: dryRun, file_name: input.fileName,
      size: file.bytes.length, status: logged, version_id: versionId, report,
    });
    req.log.info({ upload: uploadId, municipality, dataset: dataset.id, status }, "upload");
    return { upload_id: uploadId, status, dry_run: dryRun, published: status === "published", version_id: versionId, report };
  });

  // The upload log of the token's municipality (another municipality's log is 403 like its uploads).
  app.get<{ Querystring: UploadsQuery }>("/uploads", {
    schema: {
      summary: "Your municipality's uploads, newest first / 自団体のアップロード履歴",
      tags: ["uploads"],
      security: [{ bearer: [] }],
      querystring: routeSchema(UploadsQuery, "input"),
      response: { 200: routeSchema(UploadList), 400: { $ref: "ApiError#" }, 401: { $ref: "ApiError#" }, 403: { $ref: "ApiError#" } },
    },
  }, async (req, reply) => {
    const items = await listUploads(app.db, req.uploader!.municipality_code, { newest: true, limit: req.query.limit ?? 50 });
    reply.header("cache-control", "private, no-cache");
    return { count: items.length, items };
  });

  app.get<{ Params: UploadParams; Querystring: ReportQuery }>("/uploads/:id", {
    schema: {
      summary: "One upload of your municipality, with its validation report / アップロード1件と検証レポート",
      tags: ["uploads"],
      security: [{ bearer: [] }],
      description: "format=csv: every issue of the upload's report as CSV, the same columns as the report CSV.",
      params: routeSchema(UploadParams, "input"),
      querystring: routeSchema(ReportQuery, "input"),
      produces: ["application/json", "text/csv"],
      response: { 200: routeSchema(UploadDetail), 400: { $ref: "ApiError#" }, 401: { $ref: "ApiError#" }, 404: { $ref: "ApiError#" } },
    },
  }, async (req, reply) => {
    const found = await getUpload(app.db, req.params.id);
    // another municipality's upload does not exist for this token
    if (!found || found.municipality_code !== req.uploader!.municipality_code) {
      return reply.code(404).send(notFound(`アップロード ${req.params.id}`, `Upload ${req.params.id}`));
    }
    reply.header("cache-control", "private, no-cache");
    if (req.query.format === "csv" && found.report) {
      return reply.type("text/csv; charset=utf-8")
        .header("content-disposition", `attachment; filename="upload-${found.id}-${found.municipality_code}-${found.dataset_id}-report.csv"`)
        .send(reportCsv(found.report));
    }
    return found;
  });
};

export default uploadsRoutes;
