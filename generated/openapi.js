/**
 * Generated from openapi.yaml by openapi-typescript. Do not edit by hand:
 * edit openapi.yaml, then run `npm run generate` (`npm run check:generated` fails on drift).
 */
export {};
