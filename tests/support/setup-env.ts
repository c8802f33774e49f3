// Values the validated env (src/env.ts) needs in every test process; tests that
// use the database point DATABASE_URL at their own scratch database first.
process.env.NEXTAUTH_SECRET ??= "test-secret-test-secret-test-secret";
process.env.DATABASE_URL ??= "postgres://unset@127.0.0.1:1/unset";
process.env.NOTIFY_ENCRYPTION_KEY ??= Buffer.alloc(32, 7).toString("base64");
