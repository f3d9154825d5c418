// npm run mock [-- --port 4010]: Prism serving openapi.yaml until Ctrl-C.
import { startPrism } from "./prism.mjs";

const i = process.argv.indexOf("--port");
const port = Number(i > 0 ? process.argv[i + 1] : (process.env.PORT ?? 4010));
const prism = await startPrism({ port, quiet: false });
console.log(`\nKontext mock on ${prism.url}: token at ${prism.url}/oauth2/token, API under ${prism.url}/api/v1`);
const stop = async () => {
  await prism.stop();
  process.exit(0);
};
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
