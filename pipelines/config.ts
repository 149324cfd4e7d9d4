// Runtime configuration from the environment (DESIGN.md, "Environment").
export interface RuntimeConfig {
  port: number;
  host: string;
  /** postgres://…; undefined → embedded database under dataDir */
  databaseUrl: string | undefined;
  dataDir: string;
  /** sources config path */
  sourcesPath: string | undefined;
  logLevel: string;
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): RuntimeConfig {
  const port = Number(env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be a port number, got "${env.PORT}"`);
  return {
    port,
    host: env.HOST ?? "127.0.0.1",
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir: env.ODH_DATA_DIR ?? "./.odh",
    sourcesPath: env.ODH_SOURCES || undefined,
    logLevel: env.LOG_LEVEL ?? "info",
  };
}
