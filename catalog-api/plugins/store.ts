// Infrastructure every route group needs: the database, decorated once on the root instance.
import fp from "fastify-plugin";
import type { Db } from "../../storage/db.ts";

declare module "fastify" {
  interface FastifyInstance {
    db: Db;
  }
}

export default fp<{ db: Db }>(async (app, { db }) => {
  app.decorate("db", db);
}, { name: "store" });
