import { isValidCode } from "../../schemas/local-government-code.ts";
import { getMunicipality } from "../../storage/municipalities.ts";
import { createToken, listTokens, revokeToken } from "../../storage/tokens.ts";
import { type Command, UsageError } from "../command.ts";
import { readConfig } from "../config.ts";
import { openRuntimeDatabase } from "../runtime.ts";

const token: Command = {
  name: "token",
  order: 70,
  summary_ja: "アップロード用トークンの発行・一覧・失効",
  summary_en: "create, list or revoke upload tokens",
  usage: "odh token create --municipality CODE [--label L] | odh token list | odh token revoke ID",
  optionHelp: [
    "create --municipality CODE  その区市町村専用のトークンを発行し、一度だけ表示 / print a new token for that municipality, once",
    "--label L                   用途のメモ / a note on who uses it",
    "list                        発行済みトークン（値は表示しない）/ tokens issued (never their value)",
    "revoke ID                   トークンを失効 / revoke a token",
  ],
  options: { municipality: { type: "string" }, label: { type: "string" } },
  positionals: [1, 2],
  async run({ values, positionals }, io) {
    const [action, arg] = positionals;
    if (action !== "create" && action !== "list" && action !== "revoke") {
      throw new UsageError(`「${action}」は使えません。create / list / revoke のどれかです / unknown action "${action}"`);
    }
    const code = typeof values.municipality === "string" ? values.municipality : undefined;
    if (action === "create" && (!code || !isValidCode(code))) {
      throw new UsageError(`--municipality に6桁の団体コード（検査数字つき、例: 131041）を指定してください / --municipality needs a valid 6-digit code, got "${code ?? ""}"`);
    }
    const id = Number(arg);
    if (action === "revoke" && !(Number.isInteger(id) && id > 0)) {
      throw new UsageError(`失効させるトークンの番号を指定してください（odh token list で確認）/ give the token ID to revoke, got "${arg ?? ""}"`);
    }
    const db = await openRuntimeDatabase(readConfig(io.env));
    try {
      if (action === "create") {
        const m = await getMunicipality(db, code!);
        if (!m) {
          io.stderr.write(`odh token: 団体コード ${code} の区市町村が登録にありません / municipality ${code} is not in the registry\n`);
          return 2;
        }
        const created = await createToken(db, m.code, typeof values.label === "string" ? values.label : null);
        io.stderr.write(`${m.name_ja}（${m.code}）用のトークン #${created.info.id} を発行しました。この値は二度と表示されません。安全に保管してください。\n`
          + `Token #${created.info.id} for ${m.name_en} (${m.code}). It is shown only this once: keep it safe.\n`);
        io.stdout.write(`${created.token}\n`);
        return 0;
      }
      if (action === "list") {
        for (const t of await listTokens(db)) {
          io.stdout.write(`${t.id}\t${t.municipality_code}\t${t.revoked_at ? `revoked ${t.revoked_at}` : "active"}\t${t.created_at}\t${t.label ?? ""}\n`);
        }
        return 0;
      }
      if (await revokeToken(db, id)) {
        io.stderr.write(`トークン #${id} を失効させました / token #${id} revoked\n`);
        return 0;
      }
      io.stderr.write(`odh token: トークン #${id} はないか、失効済みです / no active token #${id}\n`);
      return 1;
    } finally {
      await db.close();
    }
  },
};
export default token;
