// OpenAPI 3.1 from the route schemas (@fastify/swagger), served at /openapi.json, and Swagger UI at /docs.
import fp from "fastify-plugin";
import fastifySwagger from "@fastify/swagger";
import fastifySwaggerUi from "@fastify/swagger-ui";

export default fp(async (app) => {
  await app.register(fastifySwagger, {
    openapi: {
      openapi: "3.1.0",
      info: {
        title: "tokyo-opendata-hub API",
        version: "1.0.0",
        description: "東京都62区市町村の自治体標準オープンデータセットを統一スキーマで提供するAPI。"
          + " / One API for the municipal standard open data sets of all 62 municipalities of Tokyo. "
          + "Errors are ApiError; keys may be added, never renamed. Also: CKAN Action API subset under /api/3/action, DCAT at /catalog.jsonld.",
        license: { name: "MIT", identifier: "MIT" },
      },
      tags: [
        { name: "datasets", description: "標準データセット / standard datasets" },
        { name: "records", description: "レコード / records" },
        { name: "municipalities", description: "区市町村 / municipalities" },
        { name: "coverage", description: "公開状況 / coverage" },
        { name: "reports", description: "検証レポート / validation reports" },
        { name: "runs", description: "取り込み実行 / runs" },
        { name: "uploads", description: "職員によるアップロード / officer uploads" },
        { name: "ckan", description: "CKAN Action API (subset)" },
        { name: "dcat", description: "DCAT JSON-LD" },
      ],
      components: { securitySchemes: { bearer: { type: "http", scheme: "bearer", description: "odh token create で発行 / issued by odh token create" } } },
    },
    refResolver: { buildLocalReference: (json, _base, _fragment, i) => String(json.$id ?? `def-${i}`) },
  });
  await app.register(fastifySwaggerUi, { routePrefix: "/docs" });
  app.get("/openapi.json", { schema: { hide: true } }, async () => app.swagger());
}, { name: "openapi" });
