// A second, independent opinion on openapi.yaml: the official OpenAPI 3.1 JSON schema.
import { Validator } from "@seriousme/openapi-schema-validator";

const validator = new Validator();
const result = await validator.validate(new URL("../openapi.yaml", import.meta.url).pathname);
if (!result.valid) {
  console.error("openapi.yaml is not a valid OpenAPI document:", JSON.stringify(result.errors, null, 2));
  process.exit(1);
}
console.log(`openapi.yaml is valid OpenAPI ${validator.version} (@seriousme/openapi-schema-validator)`);
