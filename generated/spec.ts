/**
 * Generated from openapi.yaml by scripts/generate.mjs. Do not edit by hand:
 * edit openapi.yaml, then run `npm run generate` (`npm run check:generated` fails on drift).
 */

/** The parts of an OpenAPI document that readers of `spec` rely on. */
export interface OpenApiDocument {
  openapi: string;
  info: { title: string; version: string; [key: string]: unknown };
  paths: Record<string, Record<string, unknown>>;
  components?: Record<string, Record<string, unknown>>;
  [key: string]: unknown;
}

/** openapi.yaml, bundled: the single copy of the spec that the package's code reads at run time. */
export const spec: OpenApiDocument = {
  "openapi": "3.1.0",
  "info": {
    "title": "Kontext Management API",
    "version": "0.2.0",
    "summary": "Manage applications, integrations, service accounts, sessions and traces in the Kontext identity control plane.",
    "description": "The Kontext Management API gives programmatic control over the Kontext identity control plane for AI agents: applications, integrations, service accounts, agent sessions, traces and MCP events. Everything the dashboard does is available here. The TypeScript `KontextManagementClient` of `@kontext-dev/js-sdk/management` is generated from this document. Every operation shows its SDK call and its `curl` request, and every SDK namespace method its `kontext` command line.\n\n## Authentication\n\nEvery API request carries `Authorization: Bearer <token>`, where the token is either\n- a **service account token** from the OAuth 2.0 client credentials grant at `POST /oauth2/token` (scope `management:all`), or\n- a **user access token** obtained elsewhere with Authorization Code + PKCE.\n\n## Conventions\n\n- Single resources come wrapped: `{ \"application\": { ... } }`, `{ \"integration\": { ... } }`.\n- Lists answer `{ \"items\": [ ... ] }`. Cursor-paginated lists add `nextCursor`, absent or null on the last page; pass it back as `cursor`. `limit` defaults to 50 (range 1-200).\n- Errors answer `{ \"message\", \"statusCode\" }` with status 400, 401, 403, 404, 409 or 429 (and 5xx). A 429 carries `Retry-After`.\n- No-content successes (archive, delete, attach, detach) answer 204 with no body.\n- Where the service documents no success status for a `POST`, both 200 and 201 are listed.\n- Strict on what you send, open on what you get: every `format`, `required` field, non-null type and `enum` of an answer is one the service documents. Fields and schemas whose description says \"Inferred\" are not documented by the service (their shape comes from its clients and tools): they are optional and nullable. New fields may appear in any answer.\n",
    "contact": {
      "name": "Kontext",
      "url": "https://docs.kontext.security"
    },
    "license": {
      "name": "MIT",
      "identifier": "MIT"
    }
  },
  "servers": [
    {
      "url": "https://api.kontext.security",
      "description": "Current origin. Serves the API under /api/v1 and the token endpoint at /oauth2/token."
    },
    {
      "url": "https://api.kontext.dev",
      "description": "Older origin, used by earlier versions of the documentation (the service moved domains)."
    }
  ],
  "security": [
    {
      "serviceAccount": [
        "management:all"
      ]
    },
    {
      "userToken": []
    }
  ],
  "tags": [
    {
      "name": "Applications",
      "description": "Applications registered with your organization: their OAuth client, the integrations they may use, and archiving. An application can only use tools from its attached integrations."
    },
    {
      "name": "Integrations",
      "description": "Integrations are the external services (MCP servers) your applications connect to, with their authentication mode, OAuth app configuration and per-user connections."
    },
    {
      "name": "Service accounts",
      "description": "Machine-to-machine credentials for the Management API. Each service account has a `clientId` (`sa_<uuid>`) and a `clientSecret` used with the client credentials grant."
    },
    {
      "name": "Sessions",
      "description": "Agent (MCP) sessions opened through an application; view them or revoke them all."
    },
    {
      "name": "Traces",
      "description": "Tool execution traces for observability and debugging, with per-trace events and statistics."
    },
    {
      "name": "Events",
      "description": "MCP trace events queried directly, without going through a specific trace."
    },
    {
      "name": "Policies",
      "description": "The organization's tool-access policies, read-only: whether enforcement is on, and its rules. Inferred: the service's reference does not document these endpoints; its own command line reads them (with a user's access token; the scopes a service account needs are not documented)."
    },
    {
      "name": "Schemas",
      "description": "Every named schema of this document, request bodies and answers alike."
    },
    {
      "name": "OAuth",
      "description": "The OAuth 2.0 token endpoint (Ory Hydra) that exchanges service account credentials for an access token with the client credentials grant."
    }
  ],
  "x-tagGroups": [
    {
      "name": "Management",
      "tags": [
        "Applications",
        "Integrations",
        "Service accounts",
        "Sessions",
        "Traces",
        "Events",
        "Policies"
      ]
    },
    {
      "name": "Authentication",
      "tags": [
        "OAuth"
      ]
    },
    {
      "name": "Reference",
      "tags": [
        "Schemas"
      ]
    }
  ],
  "paths": {
    "/oauth2/token": {
      "post": {
        "operationId": "requestAccessToken",
        "x-codeSamples": [
          {
            "lang": "TypeScript",
            "label": "TypeScript SDK",
            "source": "import { KontextManagementClient } from \"@kontext-dev/js-sdk/management\";\n\nconst client = new KontextManagementClient({\n  baseUrl: \"https://api.kontext.security\",\n  credentials: { clientId: process.env.KONTEXT_CLIENT_ID!, clientSecret: process.env.KONTEXT_CLIENT_SECRET! },\n});\n\nawait client.refreshToken();\n// The client also does this by itself before its first request and when a token expires.\n"
          },
          {
            "lang": "curl",
            "label": "curl",
            "source": "curl -X POST https://api.kontext.security/oauth2/token \\\n  -u \"$KONTEXT_CLIENT_ID:$KONTEXT_CLIENT_SECRET\" \\\n  -d grant_type=client_credentials \\\n  -d scope=management:all \\\n  -d audience=https://api.kontext.security/api/v1\n"
          }
        ],
        "tags": [
          "OAuth"
        ],
        "summary": "Request an access token",
        "description": "Exchanges service account credentials for an access token with the OAuth 2.0 client credentials grant (RFC 6749 §4.4). The client authenticates with HTTP Basic: the client id and secret are each form-url-encoded, joined by `:` and base64-encoded (RFC 6749 §2.3.1). The body is form-encoded; `scope` is space-separated (default `management:all`) and `audience` defaults to `{baseUrl}/api/{apiVersion}` in the SDK. The lifetime (`expires_in`) is not documented; about one hour is typical.\n\nThis request never carries a bearer token. Errors use the OAuth error body (`error`, `error_description`), not the API's error body.",
        "security": [
          {
            "clientSecretBasic": []
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/x-www-form-urlencoded": {
              "schema": {
                "$ref": "#/components/schemas/TokenRequest"
              },
              "examples": {
                "clientCredentials": {
                  "summary": "Client credentials with the default scope and audience",
                  "value": {
                    "grant_type": "client_credentials",
                    "scope": "management:all",
                    "audience": "https://api.kontext.security/api/v1"
                  }
                },
                "minimal": {
                  "summary": "Only the grant type",
                  "value": {
                    "grant_type": "client_credentials"
                  }
                }
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "An access token.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/TokenResponse"
                },
                "examples": {
                  "accessToken": {
                    "summary": "A service account token",
                    "value": {
                      "access_token": "ory_at_kT3lq2Yx9vR8W1mN0pZs4dQe7uFb6HcJ.Lr5aS2gV8nXo1iK3tYw9eP0mB4zC6uD7fQhA",
                      "token_type": "Bearer",
                      "expires_in": 3599,
                      "scope": "management:all"
                    }
                  }
                }
              }
            }
          },
          "400": {
            "description": "The token request is malformed, asks for a scope the client may not have, or uses a grant the client may not use.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/OAuthError"
                },
                "examples": {
                  "invalidRequest": {
                    "summary": "Missing or malformed parameter",
                    "value": {
                      "error": "invalid_request",
                      "error_description": "The request is missing a required parameter, includes an invalid parameter value, includes a parameter more than once, or is otherwise malformed."
                    }
                  },
                  "invalidScope": {
                    "summary": "Scope not granted to this client",
                    "value": {
                      "error": "invalid_scope",
                      "error_description": "The requested scope is invalid, unknown, or malformed. The OAuth 2.0 Client is not allowed to request scope 'admin:all'."
                    }
                  },
                  "unauthorizedClient": {
                    "summary": "Grant type not allowed for this client",
                    "value": {
                      "error": "unauthorized_client",
                      "error_description": "The client is not authorized to request a token using this method."
                    }
                  }
                }
              }
            }
          },
          "401": {
            "description": "Client authentication failed (unknown client id, wrong or rotated secret, revoked service account).",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/OAuthError"
                },
                "examples": {
                  "invalidClient": {
                    "summary": "Wrong client id or secret",
                    "value": {
                      "error": "invalid_client",
                      "error_description": "Client authentication failed (e.g., unknown client, no client authentication included, or unsupported authentication method)."
                    }
                  }
                }
              }
            }
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          }
        }
      }
    },
    "/api/v1/applications": {
      "get": {
        "operationId": "listApplications",
        "x-codeSamples": [
          {
            "lang": "TypeScript",
            "label": "TypeScript SDK",
            "source": "import { KontextManagementClient } from \"@kontext-dev/js-sdk/management\";\n\nconst client = new KontextManagementClient({\n  baseUrl: \"https://api.kontext.security\",\n  credentials: { clientId: process.env.KONTEXT_CLIENT_ID!, clientSecret: process.env.KONTEXT_CLIENT_SECRET! },\n});\n\nconst { items, nextCursor } = await client.applications.list({ limit: 20 });\nconsole.log(items, nextCursor);\n"
          },
          {
            "lang": "curl",
            "label": "curl",
            "source": "curl \"https://api.kontext.security/api/v1/applications?limit=20\" \\\n  -H \"Authorization: Bearer $TOKEN\"\n# $TOKEN is an access token from POST /oauth2/token (Request an access token), for example:\n# TOKEN=$(curl -s -u \"$KONTEXT_CLIENT_ID:$KONTEXT_CLIENT_SECRET\" -d grant_type=client_credentials \\\n#   -d scope=management:all https://api.kontext.security/oauth2/token | jq -r .access_token)\n"
          },
          {
            "lang": "bash",
            "label": "kontext CLI",
            "source": "# KONTEXT_BASE_URL, KONTEXT_CLIENT_ID and KONTEXT_CLIENT_SECRET from the environment\nkontext applications list --limit 20\n"
          }
        ],
        "tags": [
          "Applications"
        ],
        "summary": "List applications",
        "description": "Lists applications one page at a time (`limit`, `cursor`). By default the caller sees its own applications; privileged users (admin or owner) can pass `all=true` to list every application in the organization. Service account tokens need the `management:all` scope.",
        "parameters": [
          {
            "$ref": "#/components/parameters/Limit"
          },
          {
            "$ref": "#/components/parameters/Cursor"
          },
          {
            "name": "all",
            "in": "query",
            "description": "List applications across the whole organization. Admins and owners only.",
            "schema": {
              "type": "boolean",
              "default": false
            }
          }
        ],
        "responses": {
          "200": {
            "description": "A page of applications.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ApplicationList"
                },
                "examples": {
                  "firstPage": {
                    "summary": "First page, more to come",
                    "value": {
                      "items": [
                        {
                          "id": "550e8400-e29b-41d4-a716-446655440000",
                          "name": "Support Copilot",
                          "description": "Answers customer tickets with GitHub and Linear tools",
                          "ownerUserId": "9b2f4c1e-7d3a-4e8b-a6f5-0c1d2e3f4a5b",
                          "createdAt": "2026-01-15T09:30:00.000Z",
                          "updatedAt": "2026-02-03T14:12:45.000Z",
                          "archivedAt": null,
                          "canModify": true,
                          "activeSessionCount": 3,
                          "idleSessionCount": 1,
                          "liveSessionCount": 2,
                          "totalSessionCount": 42,
                          "mcpUrlTemplate": "https://api.kontext.security/mcp/550e8400-e29b-41d4-a716-446655440000/{integrationId}",
                          "integrations": [
                            {
                              "id": "11111111-1111-4111-8111-111111111111",
                              "name": "GitHub",
                              "url": "https://api.githubcopilot.com/mcp/"
                            },
                            {
                              "id": "22222222-2222-4222-8222-222222222222",
                              "name": "Linear",
                              "url": "https://mcp.linear.app/mcp"
                            }
                          ],
                          "oauth": {
                            "type": "confidential",
                            "clientId": "app_550e8400-e29b-41d4-a716-446655440000",
                            "redirectUris": [
                              "https://support.example.com/oauth/callback"
                            ],
                            "pkceRequired": true,
                            "scopes": [
                              "openid",
                              "offline_access"
                            ],
                            "allowedResources": [
                              "https://api.kontext.security/mcp"
                            ]
                          }
                        },
                        {
                          "id": "6f1c2d3e-4b5a-4c6d-8e7f-9a0b1c2d3e4f",
                          "name": "Local CLI Agent",
                          "ownerUserId": "9b2f4c1e-7d3a-4e8b-a6f5-0c1d2e3f4a5b",
                          "createdAt": "2026-01-22T16:05:10.000Z",
                          "updatedAt": "2026-01-22T16:05:10.000Z",
                          "archivedAt": null,
                          "canModify": true,
                          "activeSessionCount": 0,
                          "idleSessionCount": 0,
                          "liveSessionCount": 0,
                          "totalSessionCount": 5,
                          "mcpUrlTemplate": "https://api.kontext.security/mcp/6f1c2d3e-4b5a-4c6d-8e7f-9a0b1c2d3e4f/{integrationId}",
                          "integrations": [
                            {
                              "id": "11111111-1111-4111-8111-111111111111",
                              "name": "GitHub",
                              "url": "https://api.githubcopilot.com/mcp/"
                            }
                          ],
                          "oauth": {
                            "type": "public",
                            "clientId": "app_6f1c2d3e-4b5a-4c6d-8e7f-9a0b1c2d3e4f",
                            "redirectUris": [
                              "http://localhost:3000/callback"
                            ],
                            "pkceRequired": true,
                            "scopes": [],
                            "allowedResources": []
                          }
                        }
                      ],
                      "nextCursor": "eyJpZCI6IjZmMWMyZDNlLTRiNWEtNGM2ZC04ZTdmLTlhMGIxYzJkM2U0ZiJ9"
                    }
                  },
                  "lastPage": {
                    "summary": "Last page (no nextCursor)",
                    "value": {
                      "items": [
                        {
                          "id": "7a8b9c0d-1e2f-4a3b-8c4d-5e6f7a8b9c0d",
                          "name": "Nightly Report Bot",
                          "description": "Summarises yesterday's incidents every morning",
                          "ownerUserId": "2c3d4e5f-6a7b-4c8d-9e0f-1a2b3c4d5e6f",
                          "createdAt": "2026-02-11T07:45:00.000Z",
                          "updatedAt": "2026-03-02T10:20:30.000Z",
                          "archivedAt": null,
                          "canModify": false,
                          "activeSessionCount": 1,
                          "idleSessionCount": 0,
                          "liveSessionCount": 1,
                          "totalSessionCount": 19,
                          "mcpUrlTemplate": null,
                          "integrations": [
                            {
                              "id": "22222222-2222-4222-8222-222222222222",
                              "name": "Linear",
                              "url": "https://mcp.linear.app/mcp"
                            }
                          ],
                          "oauth": {
                            "type": "confidential",
                            "clientId": "app_7a8b9c0d-1e2f-4a3b-8c4d-5e6f7a8b9c0d",
                            "redirectUris": [
                              "https://reports.example.com/callback"
                            ],
                            "pkceRequired": true,
                            "scopes": [
                              "openid"
                            ],
                            "allowedResources": []
                          }
                        }
                      ]
                    }
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          }
        }
      },
      "post": {
        "operationId": "createApplication",
        "x-codeSamples": [
          {
            "lang": "TypeScript",
            "label": "TypeScript SDK",
            "source": "import { KontextManagementClient } from \"@kontext-dev/js-sdk/management\";\n\nconst client = new KontextManagementClient({\n  baseUrl: \"https://api.kontext.security\",\n  credentials: { clientId: process.env.KONTEXT_CLIENT_ID!, clientSecret: process.env.KONTEXT_CLIENT_SECRET! },\n});\n\nconst { application, oauth } = await client.applications.create({\n  name: \"Support Copilot\",\n  description: \"Answers customer tickets with GitHub and Linear tools\",\n  oauth: {\n    type: \"confidential\",\n    redirectUris: [\"https://support.example.com/oauth/callback\"],\n    pkceRequired: true,\n    scopes: [\"openid\", \"offline_access\"],\n    allowedResources: [\"https://api.kontext.security/mcp\"]\n  }\n});\nconsole.log(application, oauth);\n"
          },
          {
            "lang": "curl",
            "label": "curl",
            "source": "curl -X POST https://api.kontext.security/api/v1/applications \\\n  -H \"Authorization: Bearer $TOKEN\" \\\n  -H \"Content-Type: application/json\" \\\n  -d '{\n    \"name\": \"Support Copilot\",\n    \"description\": \"Answers customer tickets with GitHub and Linear tools\",\n    \"oauth\": {\n      \"type\": \"confidential\",\n      \"redirectUris\": [\"https://support.example.com/oauth/callback\"],\n      \"pkceRequired\": true,\n      \"scopes\": [\"openid\", \"offline_access\"],\n      \"allowedResources\": [\"https://api.kontext.security/mcp\"]\n    }\n  }'\n# $TOKEN is an access token from POST /oauth2/token (Request an access token), for example:\n# TOKEN=$(curl -s -u \"$KONTEXT_CLIENT_ID:$KONTEXT_CLIENT_SECRET\" -d grant_type=client_credentials \\\n#   -d scope=management:all https://api.kontext.security/oauth2/token | jq -r .access_token)\n"
          },
          {
            "lang": "bash",
            "label": "kontext CLI",
            "source": "# KONTEXT_BASE_URL, KONTEXT_CLIENT_ID and KONTEXT_CLIENT_SECRET from the environment\nkontext applications create --name 'Support Copilot' --description 'Answers customer tickets with GitHub and Linear tools' --oauth.type confidential --oauth.redirect-uris https://support.example.com/oauth/callback --oauth.pkce-required --oauth.scopes openid --oauth.scopes offline_access --oauth.allowed-resources https://api.kontext.security/mcp\n"
          }
        ],
        "tags": [
          "Applications"
        ],
        "summary": "Create an application",
        "description": "Registers an application and its OAuth client. The answer holds the application and its OAuth configuration; for a confidential client `oauth.clientSecret` is returned here and on rotation only, so store it immediately. `pkceRequired` defaults to true. Fails with 409 when an application with the same name exists. Service account tokens need the `management:all` scope.",
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/CreateApplicationInput"
              },
              "examples": {
                "confidential": {
                  "summary": "A confidential (server-side) client",
                  "value": {
                    "name": "Support Copilot",
                    "description": "Answers customer tickets with GitHub and Linear tools",
                    "oauth": {
                      "type": "confidential",
                      "redirectUris": [
                        "https://support.example.com/oauth/callback"
                      ],
                      "pkceRequired": true,
                      "scopes": [
                        "openid",
                        "offline_access"
                      ],
                      "allowedResources": [
                        "https://api.kontext.security/mcp"
                      ]
                    }
                  }
                },
                "public": {
                  "summary": "A public client (CLI or desktop agent)",
                  "value": {
                    "name": "My App",
                    "oauth": {
                      "type": "public",
                      "redirectUris": [
                        "http://localhost:3000/callback"
                      ],
                      "pkceRequired": true,
                      "scopes": [],
                      "allowedResources": []
                    }
                  }
                }
              }
            }
          }
        },
        "responses": {
          "201": {
            "description": "The application was created. `oauth.clientSecret` is present for confidential clients only, and only in this answer and on rotation.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/CreateApplicationResponse"
                },
                "examples": {
                  "confidential": {
                    "summary": "Confidential client, with its secret",
                    "value": {
                      "application": {
                        "id": "550e8400-e29b-41d4-a716-446655440000",
                        "name": "Support Copilot",
                        "description": "Answers customer tickets with GitHub and Linear tools",
                        "ownerUserId": "9b2f4c1e-7d3a-4e8b-a6f5-0c1d2e3f4a5b",
                        "createdAt": "2026-01-15T09:30:00.000Z",
                        "updatedAt": "2026-01-15T09:30:00.000Z",
                        "archivedAt": null,
                        "canModify": true,
                        "activeSessionCount": 0,
                        "idleSessionCount": 0,
                        "liveSessionCount": 0,
                        "totalSessionCount": 0,
                        "mcpUrlTemplate": "https://api.kontext.security/mcp/550e8400-e29b-41d4-a716-446655440000/{integrationId}",
                        "integrations": [],
                        "oauth": {
                          "type": "confidential",
                          "clientId": "app_550e8400-e29b-41d4-a716-446655440000",
                          "redirectUris": [
                            "https://support.example.com/oauth/callback"
                          ],
                          "pkceRequired": true,
                          "scopes": [
                            "openid",
                            "offline_access"
                          ],
                          "allowedResources": [
                            "https://api.kontext.security/mcp"
                          ]
                        }
                      },
                      "oauth": {
                        "type": "confidential",
                        "clientId": "app_550e8400-e29b-41d4-a716-446655440000",
                        "clientSecret": "kx_cs_Zq8mT3vXw1N6pR0sK9bLc2Hd7Jf4Ye5AuG3n",
                        "redirectUris": [
                          "https://support.example.com/oauth/callback"
                        ],
                        "pkceRequired": true,
                        "scopes": [
                          "openid",
                          "offline_access"
                        ],
                        "allowedResources": [
                          "https://api.kontext.security/mcp"
                        ]
                      }
                    }
                  },
                  "public": {
                    "summary": "Public client, no secret",
                    "value": {
                      "application": {
                        "id": "6f1c2d3e-4b5a-4c6d-8e7f-9a0b1c2d3e4f",
                        "name": "My App",
                        "ownerUserId": "9b2f4c1e-7d3a-4e8b-a6f5-0c1d2e3f4a5b",
                        "createdAt": "2026-01-22T16:05:10.000Z",
                        "updatedAt": "2026-01-22T16:05:10.000Z",
                        "archivedAt": null,
                        "canModify": true,
                        "activeSessionCount": 0,
                        "idleSessionCount": 0,
                        "liveSessionCount": 0,
                        "totalSessionCount": 0,
                        "mcpUrlTemplate": "https://api.kontext.security/mcp/6f1c2d3e-4b5a-4c6d-8e7f-9a0b1c2d3e4f/{integrationId}",
                        "integrations": [],
                        "oauth": {
                          "type": "public",
                          "clientId": "app_6f1c2d3e-4b5a-4c6d-8e7f-9a0b1c2d3e4f",
                          "redirectUris": [
                            "http://localhost:3000/callback"
                          ],
                          "pkceRequired": true,
                          "scopes": [],
                          "allowedResources": []
                        }
                      },
                      "oauth": {
                        "type": "public",
                        "clientId": "app_6f1c2d3e-4b5a-4c6d-8e7f-9a0b1c2d3e4f",
                        "redirectUris": [
                          "http://localhost:3000/callback"
                        ],
                        "pkceRequired": true,
                        "scopes": [],
                        "allowedResources": []
                      }
                    }
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "409": {
            "$ref": "#/components/responses/Conflict"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          }
        }
      }
    },
    "/api/v1/applications/access-graph": {
      "get": {
        "operationId": "getApplicationAccessGraph",
        "x-codeSamples": [
          {
            "lang": "TypeScript",
            "label": "TypeScript SDK",
            "source": "import { KontextManagementClient } from \"@kontext-dev/js-sdk/management\";\n\nconst client = new KontextManagementClient({\n  baseUrl: \"https://api.kontext.security\",\n  credentials: { clientId: process.env.KONTEXT_CLIENT_ID!, clientSecret: process.env.KONTEXT_CLIENT_SECRET! },\n});\n\nconst { nodes, edges } = await client.applications.getAccessGraph();\nconsole.log(nodes, edges);\n"
          },
          {
            "lang": "curl",
            "label": "curl",
            "source": "curl https://api.kontext.security/api/v1/applications/access-graph \\\n  -H \"Authorization: Bearer $TOKEN\"\n# $TOKEN is an access token from POST /oauth2/token (Request an access token), for example:\n# TOKEN=$(curl -s -u \"$KONTEXT_CLIENT_ID:$KONTEXT_CLIENT_SECRET\" -d grant_type=client_credentials \\\n#   -d scope=management:all https://api.kontext.security/oauth2/token | jq -r .access_token)\n"
          },
          {
            "lang": "bash",
            "label": "kontext CLI",
            "source": "# KONTEXT_BASE_URL, KONTEXT_CLIENT_ID and KONTEXT_CLIENT_SECRET from the environment\nkontext applications get-access-graph\n"
          }
        ],
        "tags": [
          "Applications"
        ],
        "summary": "Get the access graph",
        "description": "Returns the graph of applications and the integrations they can reach, used by the dashboard to visualize access. With `includePolicy=true` the edges carry the computed policy overlay. Admin-only; service account tokens need the `management:all` scope.",
        "parameters": [
          {
            "name": "includePolicy",
            "in": "query",
            "description": "Include computed policy overlays on the edges.",
            "schema": {
              "type": "boolean",
              "default": false
            }
          }
        ],
        "responses": {
          "200": {
            "description": "The access graph.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/AccessGraph"
                },
                "examples": {
                  "graph": {
                    "summary": "Applications and their integrations",
                    "value": {
                      "nodes": [
                        {
                          "id": "550e8400-e29b-41d4-a716-446655440000",
                          "type": "application",
                          "name": "Support Copilot"
                        },
                        {
                          "id": "11111111-1111-4111-8111-111111111111",
                          "type": "integration",
                          "name": "GitHub"
                        },
                        {
                          "id": "22222222-2222-4222-8222-222222222222",
                          "type": "integration",
                          "name": "Linear"
                        }
                      ],
                      "edges": [
                        {
                          "source": "550e8400-e29b-41d4-a716-446655440000",
                          "target": "11111111-1111-4111-8111-111111111111"
                        },
                        {
                          "source": "550e8400-e29b-41d4-a716-446655440000",
                          "target": "22222222-2222-4222-8222-222222222222"
                        }
                      ]
                    }
                  },
                  "withPolicy": {
                    "summary": "With includePolicy=true",
                    "value": {
                      "nodes": [
                        {
                          "id": "550e8400-e29b-41d4-a716-446655440000",
                          "type": "application",
                          "name": "Support Copilot"
                        },
                        {
                          "id": "11111111-1111-4111-8111-111111111111",
                          "type": "integration",
                          "name": "GitHub"
                        }
                      ],
                      "edges": [
                        {
                          "source": "550e8400-e29b-41d4-a716-446655440000",
                          "target": "11111111-1111-4111-8111-111111111111",
                          "policy": {
                            "level": "allow"
                          }
                        }
                      ]
                    }
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          }
        }
      }
    },
    "/api/v1/applications/{id}": {
      "parameters": [
        {
          "$ref": "#/components/parameters/ApplicationId"
        }
      ],
      "get": {
        "operationId": "getApplication",
        "x-codeSamples": [
          {
            "lang": "TypeScript",
            "label": "TypeScript SDK",
            "source": "import { KontextManagementClient } from \"@kontext-dev/js-sdk/management\";\n\nconst client = new KontextManagementClient({\n  baseUrl: \"https://api.kontext.security\",\n  credentials: { clientId: process.env.KONTEXT_CLIENT_ID!, clientSecret: process.env.KONTEXT_CLIENT_SECRET! },\n});\n\nconst { application } = await client.applications.get(\"550e8400-e29b-41d4-a716-446655440000\");\nconsole.log(application);\n"
          },
          {
            "lang": "curl",
            "label": "curl",
            "source": "curl https://api.kontext.security/api/v1/applications/550e8400-e29b-41d4-a716-446655440000 \\\n  -H \"Authorization: Bearer $TOKEN\"\n# $TOKEN is an access token from POST /oauth2/token (Request an access token), for example:\n# TOKEN=$(curl -s -u \"$KONTEXT_CLIENT_ID:$KONTEXT_CLIENT_SECRET\" -d grant_type=client_credentials \\\n#   -d scope=management:all https://api.kontext.security/oauth2/token | jq -r .access_token)\n"
          },
          {
            "lang": "bash",
            "label": "kontext CLI",
            "source": "# KONTEXT_BASE_URL, KONTEXT_CLIENT_ID and KONTEXT_CLIENT_SECRET from the environment\nkontext applications get 550e8400-e29b-41d4-a716-446655440000\n"
          }
        ],
        "tags": [
          "Applications"
        ],
        "summary": "Get an application",
        "description": "Returns one application with its session counts, attached integrations and OAuth configuration (never the client secret). Service account tokens need the `management:all` scope.",
        "responses": {
          "200": {
            "description": "The application.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ApplicationResponse"
                },
                "examples": {
                  "application": {
                    "summary": "A confidential application with two integrations",
                    "value": {
                      "application": {
                        "id": "550e8400-e29b-41d4-a716-446655440000",
                        "name": "Support Copilot",
                        "description": "Answers customer tickets with GitHub and Linear tools",
                        "ownerUserId": "9b2f4c1e-7d3a-4e8b-a6f5-0c1d2e3f4a5b",
                        "createdAt": "2026-01-15T09:30:00.000Z",
                        "updatedAt": "2026-02-03T14:12:45.000Z",
                        "archivedAt": null,
                        "canModify": true,
                        "activeSessionCount": 3,
                        "idleSessionCount": 1,
                        "liveSessionCount": 2,
                        "totalSessionCount": 42,
                        "mcpUrlTemplate": "https://api.kontext.security/mcp/550e8400-e29b-41d4-a716-446655440000/{integrationId}",
                        "integrations": [
                          {
                            "id": "11111111-1111-4111-8111-111111111111",
                            "name": "GitHub",
                            "url": "https://api.githubcopilot.com/mcp/"
                          },
                          {
                            "id": "22222222-2222-4222-8222-222222222222",
                            "name": "Linear",
                            "url": "https://mcp.linear.app/mcp"
                          }
                        ],
                        "oauth": {
                          "type": "confidential",
                          "clientId": "app_550e8400-e29b-41d4-a716-446655440000",
                          "redirectUris": [
                            "https://support.example.com/oauth/callback"
                          ],
                          "pkceRequired": true,
                          "scopes": [
                            "openid",
                            "offline_access"
                          ],
                          "allowedResources": [
                            "https://api.kontext.security/mcp"
                          ]
                        }
                      }
                    }
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          }
        }
      },
      "patch": {
        "operationId": "updateApplication",
        "x-codeSamples": [
          {
            "lang": "TypeScript",
            "label": "TypeScript SDK",
            "source": "import { KontextManagementClient } from \"@kontext-dev/js-sdk/management\";\n\nconst client = new KontextManagementClient({\n  baseUrl: \"https://api.kontext.security\",\n  credentials: { clientId: process.env.KONTEXT_CLIENT_ID!, clientSecret: process.env.KONTEXT_CLIENT_SECRET! },\n});\n\nconst { application } = await client.applications.update(\"550e8400-e29b-41d4-a716-446655440000\", {\n  name: \"Renamed App\"\n});\nconsole.log(application);\n"
          },
          {
            "lang": "curl",
            "label": "curl",
            "source": "curl -X PATCH https://api.kontext.security/api/v1/applications/550e8400-e29b-41d4-a716-446655440000 \\\n  -H \"Authorization: Bearer $TOKEN\" \\\n  -H \"Content-Type: application/json\" \\\n  -d '{\n    \"name\": \"Renamed App\"\n  }'\n# $TOKEN is an access token from POST /oauth2/token (Request an access token), for example:\n# TOKEN=$(curl -s -u \"$KONTEXT_CLIENT_ID:$KONTEXT_CLIENT_SECRET\" -d grant_type=client_credentials \\\n#   -d scope=management:all https://api.kontext.security/oauth2/token | jq -r .access_token)\n"
          },
          {
            "lang": "bash",
            "label": "kontext CLI",
            "source": "# KONTEXT_BASE_URL, KONTEXT_CLIENT_ID and KONTEXT_CLIENT_SECRET from the environment\nkontext applications update 550e8400-e29b-41d4-a716-446655440000 --name 'Renamed App'\n"
          }
        ],
        "tags": [
          "Applications"
        ],
        "summary": "Update an application",
        "description": "Partial update: send only the fields to change; omitted fields are left unchanged. Fails with 409 when another application already has the new name. Service account tokens need the `management:all` scope.",
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/UpdateApplicationInput"
              },
              "examples": {
                "rename": {
                  "summary": "Rename the application",
                  "value": {
                    "name": "Renamed App"
                  }
                }
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The updated application.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ApplicationResponse"
                },
                "examples": {
                  "renamed": {
                    "summary": "After a rename",
                    "value": {
                      "application": {
                        "id": "550e8400-e29b-41d4-a716-446655440000",
                        "name": "Renamed App",
                        "description": "Answers customer tickets with GitHub and Linear tools",
                        "ownerUserId": "9b2f4c1e-7d3a-4e8b-a6f5-0c1d2e3f4a5b",
                        "createdAt": "2026-01-15T09:30:00.000Z",
                        "updatedAt": "2026-03-04T11:00:00.000Z",
                        "archivedAt": null,
                        "canModify": true,
                        "activeSessionCount": 3,
                        "idleSessionCount": 1,
                        "liveSessionCount": 2,
                        "totalSessionCount": 42,
                        "mcpUrlTemplate": "https://api.kontext.security/mcp/550e8400-e29b-41d4-a716-446655440000/{integrationId}",
                        "integrations": [
                          {
                            "id": "11111111-1111-4111-8111-111111111111",
                            "name": "GitHub",
                            "url": "https://api.githubcopilot.com/mcp/"
                          }
                        ],
                        "oauth": {
                          "type": "confidential",
                          "clientId": "app_550e8400-e29b-41d4-a716-446655440000",
                          "redirectUris": [
                            "https://support.example.com/oauth/callback"
                          ],
                          "pkceRequired": true,
                          "scopes": [
                            "openid",
                            "offline_access"
                          ],
                          "allowedResources": [
                            "https://api.kontext.security/mcp"
                          ]
                        }
                      }
                    }
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "409": {
            "$ref": "#/components/responses/Conflict"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          }
        }
      },
      "delete": {
        "operationId": "archiveApplication",
        "x-codeSamples": [
          {
            "lang": "TypeScript",
            "label": "TypeScript SDK",
            "source": "import { KontextManagementClient } from \"@kontext-dev/js-sdk/management\";\n\nconst client = new KontextManagementClient({\n  baseUrl: \"https://api.kontext.security\",\n  credentials: { clientId: process.env.KONTEXT_CLIENT_ID!, clientSecret: process.env.KONTEXT_CLIENT_SECRET! },\n});\n\nawait client.applications.archive(\"550e8400-e29b-41d4-a716-446655440000\");\nconsole.log(\"done\");\n"
          },
          {
            "lang": "curl",
            "label": "curl",
            "source": "curl -X DELETE https://api.kontext.security/api/v1/applications/550e8400-e29b-41d4-a716-446655440000 \\\n  -H \"Authorization: Bearer $TOKEN\"\n# $TOKEN is an access token from POST /oauth2/token (Request an access token), for example:\n# TOKEN=$(curl -s -u \"$KONTEXT_CLIENT_ID:$KONTEXT_CLIENT_SECRET\" -d grant_type=client_credentials \\\n#   -d scope=management:all https://api.kontext.security/oauth2/token | jq -r .access_token)\n"
          },
          {
            "lang": "bash",
            "label": "kontext CLI",
            "source": "# KONTEXT_BASE_URL, KONTEXT_CLIENT_ID and KONTEXT_CLIENT_SECRET from the environment\nkontext applications archive 550e8400-e29b-41d4-a716-446655440000\n"
          }
        ],
        "tags": [
          "Applications"
        ],
        "summary": "Archive an application",
        "description": "Archives the application: sets `archivedAt` and revokes all of its active sessions. This is not a hard delete; the application stays readable. Service account tokens need the `management:all` scope.",
        "responses": {
          "204": {
            "description": "Archived. No body."
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          }
        }
      }
    },
    "/api/v1/applications/{id}/rotate-secret": {
      "parameters": [
        {
          "$ref": "#/components/parameters/ApplicationId"
        }
      ],
      "post": {
        "operationId": "rotateApplicationSecret",
        "x-codeSamples": [
          {
            "lang": "TypeScript",
            "label": "TypeScript SDK",
            "source": "import { KontextManagementClient } from \"@kontext-dev/js-sdk/management\";\n\nconst client = new KontextManagementClient({\n  baseUrl: \"https://api.kontext.security\",\n  credentials: { clientId: process.env.KONTEXT_CLIENT_ID!, clientSecret: process.env.KONTEXT_CLIENT_SECRET! },\n});\n\nconst { oauth } = await client.applications.rotateSecret(\"550e8400-e29b-41d4-a716-446655440000\");\nconsole.log(oauth);\n"
          },
          {
            "lang": "curl",
            "label": "curl",
            "source": "curl -X POST https://api.kontext.security/api/v1/applications/550e8400-e29b-41d4-a716-446655440000/rotate-secret \\\n  -H \"Authorization: Bearer $TOKEN\"\n# $TOKEN is an access token from POST /oauth2/token (Request an access token), for example:\n# TOKEN=$(curl -s -u \"$KONTEXT_CLIENT_ID:$KONTEXT_CLIENT_SECRET\" -d grant_type=client_credentials \\\n#   -d scope=management:all https://api.kontext.security/oauth2/token | jq -r .access_token)\n"
          },
          {
            "lang": "bash",
            "label": "kontext CLI",
            "source": "# KONTEXT_BASE_URL, KONTEXT_CLIENT_ID and KONTEXT_CLIENT_SECRET from the environment\nkontext applications rotate-secret 550e8400-e29b-41d4-a716-446655440000\n"
          }
        ],
        "tags": [
          "Applications"
        ],
        "summary": "Rotate client secret",
        "description": "Generates a new OAuth client secret. The previous secret stops working at once. The new `oauth.clientSecret` is shown only in this answer: store it immediately. Service account tokens need the `management:all` scope.",
        "responses": {
          "200": {
            "$ref": "#/components/responses/ApplicationSecretRotated"
          },
          "201": {
            "$ref": "#/components/responses/ApplicationSecretRotated"
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          }
        }
      }
    },
    "/api/v1/applications/{id}/oauth": {
      "parameters": [
        {
          "$ref": "#/components/parameters/ApplicationId"
        }
      ],
      "get": {
        "operationId": "getApplicationOAuth",
        "x-codeSamples": [
          {
            "lang": "TypeScript",
            "label": "TypeScript SDK",
            "source": "import { KontextManagementClient } from \"@kontext-dev/js-sdk/management\";\n\nconst client = new KontextManagementClient({\n  baseUrl: \"https://api.kontext.security\",\n  credentials: { clientId: process.env.KONTEXT_CLIENT_ID!, clientSecret: process.env.KONTEXT_CLIENT_SECRET! },\n});\n\nconst { oauth } = await client.applications.getOAuth(\"550e8400-e29b-41d4-a716-446655440000\");\nconsole.log(oauth);\n"
          },
          {
            "lang": "curl",
            "label": "curl",
            "source": "curl https://api.kontext.security/api/v1/applications/550e8400-e29b-41d4-a716-446655440000/oauth \\\n  -H \"Authorization: Bearer $TOKEN\"\n# $TOKEN is an access token from POST /oauth2/token (Request an access token), for example:\n# TOKEN=$(curl -s -u \"$KONTEXT_CLIENT_ID:$KONTEXT_CLIENT_SECRET\" -d grant_type=client_credentials \\\n#   -d scope=management:all https://api.kontext.security/oauth2/token | jq -r .access_token)\n"
          },
          {
            "lang": "bash",
            "label": "kontext CLI",
            "source": "# KONTEXT_BASE_URL, KONTEXT_CLIENT_ID and KONTEXT_CLIENT_SECRET from the environment\nkontext applications get-oauth 550e8400-e29b-41d4-a716-446655440000\n"
          }
        ],
        "tags": [
          "Applications"
        ],
        "summary": "Get OAuth configuration",
        "description": "Returns the application's OAuth client configuration, without the client secret. Service account tokens need the `management:all` scope.",
        "responses": {
          "200": {
            "description": "The OAuth configuration.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ApplicationOAuthResponse"
                },
                "examples": {
                  "oauth": {
                    "summary": "A confidential client",
                    "value": {
                      "oauth": {
                        "type": "confidential",
                        "clientId": "app_550e8400-e29b-41d4-a716-446655440000",
                        "redirectUris": [
                          "https://support.example.com/oauth/callback"
                        ],
                        "pkceRequired": true,
                        "scopes": [
                          "openid",
                          "offline_access"
                        ],
                        "allowedResources": [
                          "https://api.kontext.security/mcp"
                        ]
                      }
                    }
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          }
        }
      },
      "patch": {
        "operationId": "updateApplicationOAuth",
        "x-codeSamples": [
          {
            "lang": "TypeScript",
            "label": "TypeScript SDK",
            "source": "import { KontextManagementClient } from \"@kontext-dev/js-sdk/management\";\n\nconst client = new KontextManagementClient({\n  baseUrl: \"https://api.kontext.security\",\n  credentials: { clientId: process.env.KONTEXT_CLIENT_ID!, clientSecret: process.env.KONTEXT_CLIENT_SECRET! },\n});\n\nconst { oauth } = await client.applications.updateOAuth(\"550e8400-e29b-41d4-a716-446655440000\", {\n  redirectUris: [\"https://myapp.com/callback\"]\n});\nconsole.log(oauth);\n"
          },
          {
            "lang": "curl",
            "label": "curl",
            "source": "curl -X PATCH https://api.kontext.security/api/v1/applications/550e8400-e29b-41d4-a716-446655440000/oauth \\\n  -H \"Authorization: Bearer $TOKEN\" \\\n  -H \"Content-Type: application/json\" \\\n  -d '{\n    \"redirectUris\": [\"https://myapp.com/callback\"]\n  }'\n# $TOKEN is an access token from POST /oauth2/token (Request an access token), for example:\n# TOKEN=$(curl -s -u \"$KONTEXT_CLIENT_ID:$KONTEXT_CLIENT_SECRET\" -d grant_type=client_credentials \\\n#   -d scope=management:all https://api.kontext.security/oauth2/token | jq -r .access_token)\n"
          },
          {
            "lang": "bash",
            "label": "kontext CLI",
            "source": "# KONTEXT_BASE_URL, KONTEXT_CLIENT_ID and KONTEXT_CLIENT_SECRET from the environment\nkontext applications update-oauth 550e8400-e29b-41d4-a716-446655440000 --redirect-uri https://myapp.com/callback\n"
          }
        ],
        "tags": [
          "Applications"
        ],
        "summary": "Update OAuth configuration",
        "description": "Partial update of the OAuth client configuration: send only the fields to change. Service account tokens need the `management:all` scope.",
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/UpdateApplicationOAuthInput"
              },
              "examples": {
                "redirectUris": {
                  "summary": "Replace the redirect URIs",
                  "value": {
                    "redirectUris": [
                      "https://myapp.com/callback"
                    ]
                  }
                }
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The updated OAuth configuration.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ApplicationOAuthResponse"
                },
                "examples": {
                  "updated": {
                    "summary": "After replacing the redirect URIs",
                    "value": {
                      "oauth": {
                        "type": "confidential",
                        "clientId": "app_550e8400-e29b-41d4-a716-446655440000",
                        "redirectUris": [
                          "https://myapp.com/callback"
                        ],
                        "pkceRequired": true,
                        "scopes": [
                          "openid",
                          "offline_access"
                        ],
                        "allowedResources": [
                          "https://api.kontext.security/mcp"
                        ]
                      }
                    }
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          }
        }
      }
    },
    "/api/v1/applications/{id}/integrations": {
      "parameters": [
        {
          "$ref": "#/components/parameters/ApplicationId"
        }
      ],
      "get": {
        "operationId": "listApplicationIntegrations",
        "x-codeSamples": [
          {
            "lang": "TypeScript",
            "label": "TypeScript SDK",
            "source": "import { KontextManagementClient } from \"@kontext-dev/js-sdk/management\";\n\nconst client = new KontextManagementClient({\n  baseUrl: \"https://api.kontext.security\",\n  credentials: { clientId: process.env.KONTEXT_CLIENT_ID!, clientSecret: process.env.KONTEXT_CLIENT_SECRET! },\n});\n\nconst { integrationIds } = await client.applications.listIntegrations(\"550e8400-e29b-41d4-a716-446655440000\");\nconsole.log(integrationIds);\n"
          },
          {
            "lang": "curl",
            "label": "curl",
            "source": "curl https://api.kontext.security/api/v1/applications/550e8400-e29b-41d4-a716-446655440000/integrations \\\n  -H \"Authorization: Bearer $TOKEN\"\n# $TOKEN is an access token from POST /oauth2/token (Request an access token), for example:\n# TOKEN=$(curl -s -u \"$KONTEXT_CLIENT_ID:$KONTEXT_CLIENT_SECRET\" -d grant_type=client_credentials \\\n#   -d scope=management:all https://api.kontext.security/oauth2/token | jq -r .access_token)\n"
          },
          {
            "lang": "bash",
            "label": "kontext CLI",
            "source": "# KONTEXT_BASE_URL, KONTEXT_CLIENT_ID and KONTEXT_CLIENT_SECRET from the environment\nkontext applications list-integrations 550e8400-e29b-41d4-a716-446655440000\n"
          }
        ],
        "tags": [
          "Applications"
        ],
        "summary": "List attached integrations",
        "description": "Returns the ids of the integrations currently attached to the application. Service account tokens need the `management:all` scope.",
        "responses": {
          "200": {
            "description": "The attached integration ids.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/IntegrationIdList"
                },
                "examples": {
                  "attached": {
                    "summary": "Two attached integrations",
                    "value": {
                      "integrationIds": [
                        "11111111-1111-4111-8111-111111111111",
                        "22222222-2222-4222-8222-222222222222"
                      ]
                    }
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          }
        }
      },
      "put": {
        "operationId": "setApplicationIntegrations",
        "x-codeSamples": [
          {
            "lang": "TypeScript",
            "label": "TypeScript SDK",
            "source": "import { KontextManagementClient } from \"@kontext-dev/js-sdk/management\";\n\nconst client = new KontextManagementClient({\n  baseUrl: \"https://api.kontext.security\",\n  credentials: { clientId: process.env.KONTEXT_CLIENT_ID!, clientSecret: process.env.KONTEXT_CLIENT_SECRET! },\n});\n\nconst { integrationIds } = await client.applications.setIntegrations(\"550e8400-e29b-41d4-a716-446655440000\", {\n  integrationIds: [\"11111111-1111-4111-8111-111111111111\", \"22222222-2222-4222-8222-222222222222\"]\n});\nconsole.log(integrationIds);\n"
          },
          {
            "lang": "curl",
            "label": "curl",
            "source": "curl -X PUT https://api.kontext.security/api/v1/applications/550e8400-e29b-41d4-a716-446655440000/integrations \\\n  -H \"Authorization: Bearer $TOKEN\" \\\n  -H \"Content-Type: application/json\" \\\n  -d '{\n    \"integrationIds\": [\"11111111-1111-4111-8111-111111111111\", \"22222222-2222-4222-8222-222222222222\"]\n  }'\n# $TOKEN is an access token from POST /oauth2/token (Request an access token), for example:\n# TOKEN=$(curl -s -u \"$KONTEXT_CLIENT_ID:$KONTEXT_CLIENT_SECRET\" -d grant_type=client_credentials \\\n#   -d scope=management:all https://api.kontext.security/oauth2/token | jq -r .access_token)\n"
          },
          {
            "lang": "bash",
            "label": "kontext CLI",
            "source": "# KONTEXT_BASE_URL, KONTEXT_CLIENT_ID and KONTEXT_CLIENT_SECRET from the environment\nkontext applications set-integrations 550e8400-e29b-41d4-a716-446655440000 --integration-id 11111111-1111-4111-8111-111111111111 --integration-id 22222222-2222-4222-8222-222222222222\n"
          }
        ],
        "tags": [
          "Applications"
        ],
        "summary": "Replace all integrations",
        "description": "Replaces the application's whole integration set: any attached integration not in the list is detached. An empty list detaches all. Service account tokens need the `management:all` scope.",
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/SetApplicationIntegrationsInput"
              },
              "examples": {
                "twoIntegrations": {
                  "summary": "Attach exactly GitHub and Linear",
                  "value": {
                    "integrationIds": [
                      "11111111-1111-4111-8111-111111111111",
                      "22222222-2222-4222-8222-222222222222"
                    ]
                  }
                }
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The integration ids now attached.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/IntegrationIdList"
                },
                "examples": {
                  "attached": {
                    "summary": "The new set",
                    "value": {
                      "integrationIds": [
                        "11111111-1111-4111-8111-111111111111",
                        "22222222-2222-4222-8222-222222222222"
                      ]
                    }
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          }
        }
      }
    },
    "/api/v1/applications/{id}/integrations/{integrationId}": {
      "parameters": [
        {
          "$ref": "#/components/parameters/ApplicationId"
        },
        {
          "$ref": "#/components/parameters/AttachedIntegrationId"
        }
      ],
      "post": {
        "operationId": "attachApplicationIntegration",
        "x-codeSamples": [
          {
            "lang": "TypeScript",
            "label": "TypeScript SDK",
            "source": "import { KontextManagementClient } from \"@kontext-dev/js-sdk/management\";\n\nconst client = new KontextManagementClient({\n  baseUrl: \"https://api.kontext.security\",\n  credentials: { clientId: process.env.KONTEXT_CLIENT_ID!, clientSecret: process.env.KONTEXT_CLIENT_SECRET! },\n});\n\nawait client.applications.attachIntegration(\"550e8400-e29b-41d4-a716-446655440000\", \"11111111-1111-4111-8111-111111111111\");\nconsole.log(\"done\");\n"
          },
          {
            "lang": "curl",
            "label": "curl",
            "source": "curl -X POST https://api.kontext.security/api/v1/applications/550e8400-e29b-41d4-a716-446655440000/integrations/11111111-1111-4111-8111-111111111111 \\\n  -H \"Authorization: Bearer $TOKEN\"\n# $TOKEN is an access token from POST /oauth2/token (Request an access token), for example:\n# TOKEN=$(curl -s -u \"$KONTEXT_CLIENT_ID:$KONTEXT_CLIENT_SECRET\" -d grant_type=client_credentials \\\n#   -d scope=management:all https://api.kontext.security/oauth2/token | jq -r .access_token)\n"
          },
          {
            "lang": "bash",
            "label": "kontext CLI",
            "source": "# KONTEXT_BASE_URL, KONTEXT_CLIENT_ID and KONTEXT_CLIENT_SECRET from the environment\nkontext applications attach-integration 550e8400-e29b-41d4-a716-446655440000 11111111-1111-4111-8111-111111111111\n"
          }
        ],
        "tags": [
          "Applications"
        ],
        "summary": "Attach integration",
        "description": "Attaches one integration to the application. A no-op if it is already attached. Service account tokens need the `management:all` scope.",
        "responses": {
          "204": {
            "description": "Attached (or already attached). No body."
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          }
        }
      },
      "delete": {
        "operationId": "detachApplicationIntegration",
        "x-codeSamples": [
          {
            "lang": "TypeScript",
            "label": "TypeScript SDK",
            "source": "import { KontextManagementClient } from \"@kontext-dev/js-sdk/management\";\n\nconst client = new KontextManagementClient({\n  baseUrl: \"https://api.kontext.security\",\n  credentials: { clientId: process.env.KONTEXT_CLIENT_ID!, clientSecret: process.env.KONTEXT_CLIENT_SECRET! },\n});\n\nawait client.applications.detachIntegration(\"550e8400-e29b-41d4-a716-446655440000\", \"11111111-1111-4111-8111-111111111111\");\nconsole.log(\"done\");\n"
          },
          {
            "lang": "curl",
            "label": "curl",
            "source": "curl -X DELETE https://api.kontext.security/api/v1/applications/550e8400-e29b-41d4-a716-446655440000/integrations/11111111-1111-4111-8111-111111111111 \\\n  -H \"Authorization: Bearer $TOKEN\"\n# $TOKEN is an access token from POST /oauth2/token (Request an access token), for example:\n# TOKEN=$(curl -s -u \"$KONTEXT_CLIENT_ID:$KONTEXT_CLIENT_SECRET\" -d grant_type=client_credentials \\\n#   -d scope=management:all https://api.kontext.security/oauth2/token | jq -r .access_token)\n"
          },
          {
            "lang": "bash",
            "label": "kontext CLI",
            "source": "# KONTEXT_BASE_URL, KONTEXT_CLIENT_ID and KONTEXT_CLIENT_SECRET from the environment\nkontext applications detach-integration 550e8400-e29b-41d4-a716-446655440000 11111111-1111-4111-8111-111111111111\n"
          }
        ],
        "tags": [
          "Applications"
        ],
        "summary": "Detach integration",
        "description": "Detaches one integration from the application. Users' existing connections to that integration remain intact but can no longer be used through this application. Service account tokens need the `management:all` scope.",
        "responses": {
          "204": {
            "description": "Detached. No body."
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          }
        }
      }
    },
    "/api/v1/applications/{id}/sessions": {
      "parameters": [
        {
          "$ref": "#/components/parameters/ApplicationId"
        }
      ],
      "get": {
        "operationId": "listAgentSessions",
        "x-codeSamples": [
          {
            "lang": "TypeScript",
            "label": "TypeScript SDK",
            "source": "import { KontextManagementClient } from \"@kontext-dev/js-sdk/management\";\n\nconst client = new KontextManagementClient({\n  baseUrl: \"https://api.kontext.security\",\n  credentials: { clientId: process.env.KONTEXT_CLIENT_ID!, clientSecret: process.env.KONTEXT_CLIENT_SECRET! },\n});\n\nconst { items } = await client.sessions.list(\"550e8400-e29b-41d4-a716-446655440000\", { limit: 20 });\nconsole.log(items);\n"
          },
          {
            "lang": "curl",
            "label": "curl",
            "source": "curl \"https://api.kontext.security/api/v1/applications/550e8400-e29b-41d4-a716-446655440000/sessions?limit=20\" \\\n  -H \"Authorization: Bearer $TOKEN\"\n# $TOKEN is an access token from POST /oauth2/token (Request an access token), for example:\n# TOKEN=$(curl -s -u \"$KONTEXT_CLIENT_ID:$KONTEXT_CLIENT_SECRET\" -d grant_type=client_credentials \\\n#   -d scope=management:all https://api.kontext.security/oauth2/token | jq -r .access_token)\n"
          },
          {
            "lang": "bash",
            "label": "kontext CLI",
            "source": "# KONTEXT_BASE_URL, KONTEXT_CLIENT_ID and KONTEXT_CLIENT_SECRET from the environment\nkontext sessions list 550e8400-e29b-41d4-a716-446655440000 --limit 20\n"
          }
        ],
        "tags": [
          "Sessions"
        ],
        "summary": "List sessions",
        "description": "Lists the application's agent (MCP) sessions, by default the active ones. Not cursor-paginated: `limit` caps the answer (default 100, at most 200). Service account tokens need the `management:all` scope.",
        "parameters": [
          {
            "$ref": "#/components/parameters/SessionLimit"
          },
          {
            "name": "status",
            "in": "query",
            "description": "Which sessions to list (default `active`).",
            "schema": {
              "$ref": "#/components/schemas/AgentSessionStatusFilter"
            }
          },
          {
            "name": "includeInactive",
            "in": "query",
            "description": "Include inactive (idle, expired or disconnected) sessions too. Overlaps with `status=all`; how the two combine is not documented.",
            "schema": {
              "type": "boolean"
            }
          }
        ],
        "responses": {
          "200": {
            "description": "The sessions.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/AgentSessionList"
                },
                "examples": {
                  "sessions": {
                    "summary": "Two active sessions",
                    "value": {
                      "items": [
                        {
                          "id": "8d7c6b5a-4f3e-4d2c-9b1a-0f9e8d7c6b5a",
                          "name": "Claude Desktop on mbp-jane",
                          "status": "active",
                          "derivedStatus": "active",
                          "tokenExpiresAt": "2026-02-10T11:00:00.000Z",
                          "lastActiveAt": "2026-02-10T10:12:31.000Z",
                          "connectedAt": "2026-02-10T09:58:02.000Z",
                          "createdAt": "2026-02-10T09:58:02.000Z",
                          "agentId": "550e8400-e29b-41d4-a716-446655440000",
                          "organizationId": "0a1b2c3d-4e5f-4a6b-8c7d-8e9f0a1b2c3d",
                          "hostname": "mbp-jane.local",
                          "userAgent": "Claude/0.14.10 (darwin; arm64)",
                          "clientInfo": {
                            "name": "claude-ai",
                            "version": "0.1.0"
                          }
                        },
                        {
                          "id": "1e2d3c4b-5a69-4788-9a6b-5c4d3e2f1a0b",
                          "name": "Cursor on build-runner-07",
                          "status": "active",
                          "derivedStatus": "idle",
                          "tokenExpiresAt": "2026-02-10T10:45:00.000Z",
                          "lastActiveAt": "2026-02-10T09:40:11.000Z",
                          "connectedAt": "2026-02-10T09:31:47.000Z",
                          "createdAt": "2026-02-10T09:31:47.000Z",
                          "agentId": "550e8400-e29b-41d4-a716-446655440000",
                          "organizationId": "0a1b2c3d-4e5f-4a6b-8c7d-8e9f0a1b2c3d",
                          "hostname": "build-runner-07",
                          "userAgent": "Cursor/1.2.4",
                          "clientInfo": null
                        }
                      ]
                    }
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          }
        }
      },
      "delete": {
        "operationId": "revokeAllAgentSessions",
        "x-codeSamples": [
          {
            "lang": "TypeScript",
            "label": "TypeScript SDK",
            "source": "import { KontextManagementClient } from \"@kontext-dev/js-sdk/management\";\n\nconst client = new KontextManagementClient({\n  baseUrl: \"https://api.kontext.security\",\n  credentials: { clientId: process.env.KONTEXT_CLIENT_ID!, clientSecret: process.env.KONTEXT_CLIENT_SECRET! },\n});\n\nconst { success, disconnectedCount } = await client.sessions.revokeAll(\"550e8400-e29b-41d4-a716-446655440000\");\nconsole.log(success, disconnectedCount);\n"
          },
          {
            "lang": "curl",
            "label": "curl",
            "source": "curl -X DELETE https://api.kontext.security/api/v1/applications/550e8400-e29b-41d4-a716-446655440000/sessions \\\n  -H \"Authorization: Bearer $TOKEN\"\n# $TOKEN is an access token from POST /oauth2/token (Request an access token), for example:\n# TOKEN=$(curl -s -u \"$KONTEXT_CLIENT_ID:$KONTEXT_CLIENT_SECRET\" -d grant_type=client_credentials \\\n#   -d scope=management:all https://api.kontext.security/oauth2/token | jq -r .access_token)\n"
          },
          {
            "lang": "bash",
            "label": "kontext CLI",
            "source": "# KONTEXT_BASE_URL, KONTEXT_CLIENT_ID and KONTEXT_CLIENT_SECRET from the environment\nkontext sessions revoke-all 550e8400-e29b-41d4-a716-446655440000\n"
          }
        ],
        "tags": [
          "Sessions"
        ],
        "summary": "Revoke all sessions",
        "description": "Disconnects every session of the application and revokes their tokens; the agents must authorize again. Answers how many sessions were disconnected. Service account tokens need the `management:all` scope.",
        "responses": {
          "200": {
            "description": "The sessions were revoked.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/RevokeAgentSessionsResult"
                },
                "examples": {
                  "revoked": {
                    "summary": "Three sessions disconnected",
                    "value": {
                      "success": true,
                      "disconnectedCount": 3
                    }
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          }
        }
      }
    },
    "/api/v1/applications/{id}/sessions/{sessionId}": {
      "parameters": [
        {
          "$ref": "#/components/parameters/ApplicationId"
        },
        {
          "$ref": "#/components/parameters/SessionId"
        }
      ],
      "get": {
        "operationId": "getAgentSession",
        "x-codeSamples": [
          {
            "lang": "TypeScript",
            "label": "TypeScript SDK",
            "source": "import { KontextManagementClient } from \"@kontext-dev/js-sdk/management\";\n\nconst client = new KontextManagementClient({\n  baseUrl: \"https://api.kontext.security\",\n  credentials: { clientId: process.env.KONTEXT_CLIENT_ID!, clientSecret: process.env.KONTEXT_CLIENT_SECRET! },\n});\n\nconst { session } = await client.sessions.get(\"550e8400-e29b-41d4-a716-446655440000\", \"8d7c6b5a-4f3e-4d2c-9b1a-0f9e8d7c6b5a\");\nconsole.log(session);\n"
          },
          {
            "lang": "curl",
            "label": "curl",
            "source": "curl https://api.kontext.security/api/v1/applications/550e8400-e29b-41d4-a716-446655440000/sessions/8d7c6b5a-4f3e-4d2c-9b1a-0f9e8d7c6b5a \\\n  -H \"Authorization: Bearer $TOKEN\"\n# $TOKEN is an access token from POST /oauth2/token (Request an access token), for example:\n# TOKEN=$(curl -s -u \"$KONTEXT_CLIENT_ID:$KONTEXT_CLIENT_SECRET\" -d grant_type=client_credentials \\\n#   -d scope=management:all https://api.kontext.security/oauth2/token | jq -r .access_token)\n"
          },
          {
            "lang": "bash",
            "label": "kontext CLI",
            "source": "# KONTEXT_BASE_URL, KONTEXT_CLIENT_ID and KONTEXT_CLIENT_SECRET from the environment\nkontext sessions get 550e8400-e29b-41d4-a716-446655440000 8d7c6b5a-4f3e-4d2c-9b1a-0f9e8d7c6b5a\n"
          }
        ],
        "tags": [
          "Sessions"
        ],
        "summary": "Get a session",
        "description": "Returns one agent session of the application. Service account tokens need the `management:all` scope.",
        "responses": {
          "200": {
            "description": "The session.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/AgentSessionResponse"
                },
                "examples": {
                  "session": {
                    "summary": "An active session",
                    "value": {
                      "session": {
                        "id": "8d7c6b5a-4f3e-4d2c-9b1a-0f9e8d7c6b5a",
                        "name": "Claude Desktop on mbp-jane",
                        "status": "active",
                        "derivedStatus": "active",
                        "tokenExpiresAt": "2026-02-10T11:00:00.000Z",
                        "lastActiveAt": "2026-02-10T10:12:31.000Z",
                        "connectedAt": "2026-02-10T09:58:02.000Z",
                        "createdAt": "2026-02-10T09:58:02.000Z",
                        "agentId": "550e8400-e29b-41d4-a716-446655440000",
                        "organizationId": "0a1b2c3d-4e5f-4a6b-8c7d-8e9f0a1b2c3d",
                        "hostname": "mbp-jane.local",
                        "userAgent": "Claude/0.14.10 (darwin; arm64)",
                        "clientInfo": {
                          "name": "claude-ai",
                          "version": "0.1.0"
                        }
                      }
                    }
                  },
                  "disconnected": {
                    "summary": "A disconnected session",
                    "value": {
                      "session": {
                        "id": "3f4e5d6c-7b8a-4998-8a7b-6c5d4e3f2a1b",
                        "name": "Claude Code on ci-runner-02",
                        "status": "disconnected",
                        "derivedStatus": "disconnected",
                        "connectedAt": "2026-02-08T13:02:55.000Z",
                        "disconnectedAt": "2026-02-08T15:20:00.000Z",
                        "createdAt": "2026-02-08T13:02:55.000Z",
                        "agentId": "550e8400-e29b-41d4-a716-446655440000",
                        "organizationId": "0a1b2c3d-4e5f-4a6b-8c7d-8e9f0a1b2c3d",
                        "hostname": "ci-runner-02",
                        "userAgent": "claude-code/2.0.14",
                        "clientInfo": {
                          "name": "claude-code",
                          "version": "2.0.14"
                        }
                      }
                    }
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          }
        }
      }
    },
    "/api/v1/integrations": {
      "get": {
        "operationId": "listIntegrations",
        "x-codeSamples": [
          {
            "lang": "TypeScript",
            "label": "TypeScript SDK",
            "source": "import { KontextManagementClient } from \"@kontext-dev/js-sdk/management\";\n\nconst client = new KontextManagementClient({\n  baseUrl: \"https://api.kontext.security\",\n  credentials: { clientId: process.env.KONTEXT_CLIENT_ID!, clientSecret: process.env.KONTEXT_CLIENT_SECRET! },\n});\n\nconst { items, nextCursor } = await client.integrations.list({ limit: 20 });\nconsole.log(items, nextCursor);\n"
          },
          {
            "lang": "curl",
            "label": "curl",
            "source": "curl \"https://api.kontext.security/api/v1/integrations?limit=20\" \\\n  -H \"Authorization: Bearer $TOKEN\"\n# $TOKEN is an access token from POST /oauth2/token (Request an access token), for example:\n# TOKEN=$(curl -s -u \"$KONTEXT_CLIENT_ID:$KONTEXT_CLIENT_SECRET\" -d grant_type=client_credentials \\\n#   -d scope=management:all https://api.kontext.security/oauth2/token | jq -r .access_token)\n"
          },
          {
            "lang": "bash",
            "label": "kontext CLI",
            "source": "# KONTEXT_BASE_URL, KONTEXT_CLIENT_ID and KONTEXT_CLIENT_SECRET from the environment\nkontext integrations list --limit 20\n"
          }
        ],
        "tags": [
          "Integrations"
        ],
        "summary": "List integrations",
        "description": "Lists the organization's integrations one page at a time (`limit`, `cursor`). Service account tokens need the `management:all` scope.",
        "parameters": [
          {
            "$ref": "#/components/parameters/Limit"
          },
          {
            "$ref": "#/components/parameters/Cursor"
          }
        ],
        "responses": {
          "200": {
            "description": "A page of integrations.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/IntegrationList"
                },
                "examples": {
                  "firstPage": {
                    "summary": "First page, more to come",
                    "value": {
                      "items": [
                        {
                          "id": "11111111-1111-4111-8111-111111111111",
                          "name": "GitHub",
                          "url": "https://api.githubcopilot.com/mcp/",
                          "category": "gateway_remote_mcp",
                          "authMode": "oauth",
                          "capabilities": {
                            "tools": true,
                            "resources": false,
                            "prompts": false
                          },
                          "oauth": {
                            "provider": "github",
                            "issuer": "https://github.com",
                            "scopes": [
                              "repo",
                              "read:org"
                            ]
                          },
                          "validationStatus": "valid",
                          "serverTokenConfigured": false,
                          "createdAt": "2026-01-10T12:00:00.000Z",
                          "updatedAt": "2026-01-12T08:30:00.000Z"
                        },
                        {
                          "id": "22222222-2222-4222-8222-222222222222",
                          "name": "Linear",
                          "url": "https://mcp.linear.app/mcp",
                          "category": "gateway_remote_mcp",
                          "authMode": "user_token",
                          "capabilities": {
                            "tools": true
                          },
                          "oauth": {},
                          "validationStatus": "pending",
                          "serverTokenConfigured": false,
                          "createdAt": "2026-01-11T15:45:00.000Z",
                          "updatedAt": "2026-01-11T15:45:00.000Z"
                        }
                      ],
                      "nextCursor": "eyJpZCI6IjIyMjIyMjIyLTIyMjItNDIyMi04MjIyLTIyMjIyMjIyMjIyMiJ9"
                    }
                  },
                  "lastPage": {
                    "summary": "Last page (no nextCursor)",
                    "value": {
                      "items": [
                        {
                          "id": "44444444-4444-4444-8444-444444444444",
                          "name": "Internal Wiki",
                          "url": "https://mcp.wiki.example.com/mcp",
                          "category": "internal_mcp_credentials",
                          "authMode": "server_token",
                          "capabilities": {
                            "tools": true,
                            "resources": true,
                            "prompts": false
                          },
                          "oauth": {},
                          "validationStatus": null,
                          "serverTokenConfigured": true,
                          "createdAt": "2026-02-01T09:00:00.000Z",
                          "updatedAt": "2026-02-01T09:00:00.000Z"
                        }
                      ]
                    }
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          }
        }
      },
      "post": {
        "operationId": "createIntegration",
        "x-codeSamples": [
          {
            "lang": "TypeScript",
            "label": "TypeScript SDK",
            "source": "import { KontextManagementClient } from \"@kontext-dev/js-sdk/management\";\n\nconst client = new KontextManagementClient({\n  baseUrl: \"https://api.kontext.security\",\n  credentials: { clientId: process.env.KONTEXT_CLIENT_ID!, clientSecret: process.env.KONTEXT_CLIENT_SECRET! },\n});\n\nconst { integration } = await client.integrations.create({\n  name: \"GitHub\",\n  url: \"https://api.githubcopilot.com/mcp/\",\n  authMode: \"oauth\",\n  oauth: {\n    provider: \"github\",\n    issuer: \"https://github.com\",\n    scopes: [\"repo\", \"read:org\"]\n  },\n  capabilities: {\n    tools: true\n  }\n});\nconsole.log(integration);\n"
          },
          {
            "lang": "curl",
            "label": "curl",
            "source": "curl -X POST https://api.kontext.security/api/v1/integrations \\\n  -H \"Authorization: Bearer $TOKEN\" \\\n  -H \"Content-Type: application/json\" \\\n  -d '{\n    \"name\": \"GitHub\",\n    \"url\": \"https://api.githubcopilot.com/mcp/\",\n    \"authMode\": \"oauth\",\n    \"oauth\": {\n      \"provider\": \"github\",\n      \"issuer\": \"https://github.com\",\n      \"scopes\": [\"repo\", \"read:org\"]\n    },\n    \"capabilities\": {\n      \"tools\": true\n    }\n  }'\n# $TOKEN is an access token from POST /oauth2/token (Request an access token), for example:\n# TOKEN=$(curl -s -u \"$KONTEXT_CLIENT_ID:$KONTEXT_CLIENT_SECRET\" -d grant_type=client_credentials \\\n#   -d scope=management:all https://api.kontext.security/oauth2/token | jq -r .access_token)\n"
          },
          {
            "lang": "bash",
            "label": "kontext CLI",
            "source": "# KONTEXT_BASE_URL, KONTEXT_CLIENT_ID and KONTEXT_CLIENT_SECRET from the environment\nkontext integrations create --name GitHub --url https://api.githubcopilot.com/mcp/ --auth-mode oauth --oauth.provider github --oauth.issuer https://github.com --oauth.scopes repo --oauth.scopes read:org --capabilities.tools\n"
          }
        ],
        "tags": [
          "Integrations"
        ],
        "summary": "Create an integration",
        "description": "Registers an integration (an MCP server). `category` defaults to `gateway_remote_mcp` and `authMode` to `none`; with `authMode: server_token` the body must carry `serverToken`, which is stored and never returned (`serverTokenConfigured` tells whether one is set). Fails with 409 when an integration with the same name exists. Service account tokens need the `management:all` scope.",
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/CreateIntegrationInput"
              },
              "examples": {
                "oauth": {
                  "summary": "A remote MCP server behind the provider's OAuth",
                  "value": {
                    "name": "GitHub",
                    "url": "https://api.githubcopilot.com/mcp/",
                    "authMode": "oauth",
                    "oauth": {
                      "provider": "github",
                      "issuer": "https://github.com",
                      "scopes": [
                        "repo",
                        "read:org"
                      ]
                    },
                    "capabilities": {
                      "tools": true
                    }
                  }
                },
                "serverToken": {
                  "summary": "An internal MCP server with a shared server token",
                  "value": {
                    "name": "Internal Wiki",
                    "url": "https://mcp.wiki.example.com/mcp",
                    "category": "internal_mcp_credentials",
                    "authMode": "server_token",
                    "serverToken": "wiki_srv_9f8e7d6c5b4a3f2e1d0c",
                    "credentialSchema": {
                      "type": "object",
                      "properties": {
                        "apiKey": {
                          "type": "string"
                        }
                      },
                      "required": [
                        "apiKey"
                      ]
                    }
                  }
                }
              }
            }
          }
        },
        "responses": {
          "201": {
            "description": "The integration was created.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/IntegrationResponse"
                },
                "examples": {
                  "created": {
                    "summary": "A new OAuth integration, not yet validated",
                    "value": {
                      "integration": {
                        "id": "11111111-1111-4111-8111-111111111111",
                        "name": "GitHub",
                        "url": "https://api.githubcopilot.com/mcp/",
                        "category": "gateway_remote_mcp",
                        "authMode": "oauth",
                        "capabilities": {
                          "tools": true
                        },
                        "oauth": {
                          "provider": "github",
                          "issuer": "https://github.com",
                          "scopes": [
                            "repo",
                            "read:org"
                          ]
                        },
                        "validationStatus": null,
                        "serverTokenConfigured": false,
                        "createdAt": "2026-01-10T12:00:00.000Z",
                        "updatedAt": "2026-01-10T12:00:00.000Z"
                      }
                    }
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "409": {
            "$ref": "#/components/responses/Conflict"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          }
        }
      }
    },
    "/api/v1/integrations/{id}": {
      "parameters": [
        {
          "$ref": "#/components/parameters/IntegrationId"
        }
      ],
      "get": {
        "operationId": "getIntegration",
        "x-codeSamples": [
          {
            "lang": "TypeScript",
            "label": "TypeScript SDK",
            "source": "import { KontextManagementClient } from \"@kontext-dev/js-sdk/management\";\n\nconst client = new KontextManagementClient({\n  baseUrl: \"https://api.kontext.security\",\n  credentials: { clientId: process.env.KONTEXT_CLIENT_ID!, clientSecret: process.env.KONTEXT_CLIENT_SECRET! },\n});\n\nconst { integration } = await client.integrations.get(\"11111111-1111-4111-8111-111111111111\");\nconsole.log(integration);\n"
          },
          {
            "lang": "curl",
            "label": "curl",
            "source": "curl https://api.kontext.security/api/v1/integrations/11111111-1111-4111-8111-111111111111 \\\n  -H \"Authorization: Bearer $TOKEN\"\n# $TOKEN is an access token from POST /oauth2/token (Request an access token), for example:\n# TOKEN=$(curl -s -u \"$KONTEXT_CLIENT_ID:$KONTEXT_CLIENT_SECRET\" -d grant_type=client_credentials \\\n#   -d scope=management:all https://api.kontext.security/oauth2/token | jq -r .access_token)\n"
          },
          {
            "lang": "bash",
            "label": "kontext CLI",
            "source": "# KONTEXT_BASE_URL, KONTEXT_CLIENT_ID and KONTEXT_CLIENT_SECRET from the environment\nkontext integrations get 11111111-1111-4111-8111-111111111111\n"
          }
        ],
        "tags": [
          "Integrations"
        ],
        "summary": "Get an integration",
        "description": "Returns one integration. Secrets (server token, OAuth client secret) are never returned. Service account tokens need the `management:all` scope.",
        "responses": {
          "200": {
            "description": "The integration.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/IntegrationResponse"
                },
                "examples": {
                  "integration": {
                    "summary": "A validated OAuth integration",
                    "value": {
                      "integration": {
                        "id": "11111111-1111-4111-8111-111111111111",
                        "name": "GitHub",
                        "url": "https://api.githubcopilot.com/mcp/",
                        "category": "gateway_remote_mcp",
                        "authMode": "oauth",
                        "capabilities": {
                          "tools": true,
                          "resources": false,
                          "prompts": false
                        },
                        "oauth": {
                          "provider": "github",
                          "issuer": "https://github.com",
                          "scopes": [
                            "repo",
                            "read:org"
                          ]
                        },
                        "validationStatus": "valid",
                        "serverTokenConfigured": false,
                        "createdAt": "2026-01-10T12:00:00.000Z",
                        "updatedAt": "2026-01-12T08:30:00.000Z"
                      }
                    }
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          }
        }
      },
      "patch": {
        "operationId": "updateIntegration",
        "x-codeSamples": [
          {
            "lang": "TypeScript",
            "label": "TypeScript SDK",
            "source": "import { KontextManagementClient } from \"@kontext-dev/js-sdk/management\";\n\nconst client = new KontextManagementClient({\n  baseUrl: \"https://api.kontext.security\",\n  credentials: { clientId: process.env.KONTEXT_CLIENT_ID!, clientSecret: process.env.KONTEXT_CLIENT_SECRET! },\n});\n\nconst { integration } = await client.integrations.update(\"11111111-1111-4111-8111-111111111111\", {\n  name: \"GitHub (read-only)\",\n  oauth: {\n    scopes: [\"read:org\"]\n  }\n});\nconsole.log(integration);\n"
          },
          {
            "lang": "curl",
            "label": "curl",
            "source": "curl -X PATCH https://api.kontext.security/api/v1/integrations/11111111-1111-4111-8111-111111111111 \\\n  -H \"Authorization: Bearer $TOKEN\" \\\n  -H \"Content-Type: application/json\" \\\n  -d '{\n    \"name\": \"GitHub (read-only)\",\n    \"oauth\": {\n      \"scopes\": [\"read:org\"]\n    }\n  }'\n# $TOKEN is an access token from POST /oauth2/token (Request an access token), for example:\n# TOKEN=$(curl -s -u \"$KONTEXT_CLIENT_ID:$KONTEXT_CLIENT_SECRET\" -d grant_type=client_credentials \\\n#   -d scope=management:all https://api.kontext.security/oauth2/token | jq -r .access_token)\n"
          },
          {
            "lang": "bash",
            "label": "kontext CLI",
            "source": "# KONTEXT_BASE_URL, KONTEXT_CLIENT_ID and KONTEXT_CLIENT_SECRET from the environment\nkontext integrations update 11111111-1111-4111-8111-111111111111 --name 'GitHub (read-only)' --oauth.scopes read:org\n"
          }
        ],
        "tags": [
          "Integrations"
        ],
        "summary": "Update an integration",
        "description": "Partial update: send only the fields to change. Switching `authMode` to `server_token` needs a `serverToken` unless one is already configured. Fails with 409 when another integration already has the new name. Service account tokens need the `management:all` scope.",
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/UpdateIntegrationInput"
              },
              "examples": {
                "rename": {
                  "summary": "Rename and narrow the scopes",
                  "value": {
                    "name": "GitHub (read-only)",
                    "oauth": {
                      "scopes": [
                        "read:org"
                      ]
                    }
                  }
                }
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The updated integration.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/IntegrationResponse"
                },
                "examples": {
                  "updated": {
                    "summary": "After the update",
                    "value": {
                      "integration": {
                        "id": "11111111-1111-4111-8111-111111111111",
                        "name": "GitHub (read-only)",
                        "url": "https://api.githubcopilot.com/mcp/",
                        "category": "gateway_remote_mcp",
                        "authMode": "oauth",
                        "capabilities": {
                          "tools": true,
                          "resources": false,
                          "prompts": false
                        },
                        "oauth": {
                          "provider": "github",
                          "issuer": "https://github.com",
                          "scopes": [
                            "read:org"
                          ]
                        },
                        "validationStatus": "valid",
                        "serverTokenConfigured": false,
                        "createdAt": "2026-01-10T12:00:00.000Z",
                        "updatedAt": "2026-03-05T16:40:00.000Z"
                      }
                    }
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "409": {
            "$ref": "#/components/responses/Conflict"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          }
        }
      },
      "delete": {
        "operationId": "archiveIntegration",
        "x-codeSamples": [
          {
            "lang": "TypeScript",
            "label": "TypeScript SDK",
            "source": "import { KontextManagementClient } from \"@kontext-dev/js-sdk/management\";\n\nconst client = new KontextManagementClient({\n  baseUrl: \"https://api.kontext.security\",\n  credentials: { clientId: process.env.KONTEXT_CLIENT_ID!, clientSecret: process.env.KONTEXT_CLIENT_SECRET! },\n});\n\nawait client.integrations.archive(\"11111111-1111-4111-8111-111111111111\");\nconsole.log(\"done\");\n"
          },
          {
            "lang": "curl",
            "label": "curl",
            "source": "curl -X DELETE https://api.kontext.security/api/v1/integrations/11111111-1111-4111-8111-111111111111 \\\n  -H \"Authorization: Bearer $TOKEN\"\n# $TOKEN is an access token from POST /oauth2/token (Request an access token), for example:\n# TOKEN=$(curl -s -u \"$KONTEXT_CLIENT_ID:$KONTEXT_CLIENT_SECRET\" -d grant_type=client_credentials \\\n#   -d scope=management:all https://api.kontext.security/oauth2/token | jq -r .access_token)\n"
          },
          {
            "lang": "bash",
            "label": "kontext CLI",
            "source": "# KONTEXT_BASE_URL, KONTEXT_CLIENT_ID and KONTEXT_CLIENT_SECRET from the environment\nkontext integrations archive 11111111-1111-4111-8111-111111111111\n"
          }
        ],
        "tags": [
          "Integrations"
        ],
        "summary": "Archive an integration",
        "description": "Archives the integration; applications can no longer use its tools. Service account tokens need the `management:all` scope.",
        "responses": {
          "204": {
            "description": "Archived. No body."
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          }
        }
      }
    },
    "/api/v1/integrations/{id}/validate": {
      "parameters": [
        {
          "$ref": "#/components/parameters/IntegrationId"
        }
      ],
      "post": {
        "operationId": "validateIntegration",
        "x-codeSamples": [
          {
            "lang": "TypeScript",
            "label": "TypeScript SDK",
            "source": "import { KontextManagementClient } from \"@kontext-dev/js-sdk/management\";\n\nconst client = new KontextManagementClient({\n  baseUrl: \"https://api.kontext.security\",\n  credentials: { clientId: process.env.KONTEXT_CLIENT_ID!, clientSecret: process.env.KONTEXT_CLIENT_SECRET! },\n});\n\nconst { status, message } = await client.integrations.validate(\"11111111-1111-4111-8111-111111111111\");\nconsole.log(status, message);\n"
          },
          {
            "lang": "curl",
            "label": "curl",
            "source": "curl -X POST https://api.kontext.security/api/v1/integrations/11111111-1111-4111-8111-111111111111/validate \\\n  -H \"Authorization: Bearer $TOKEN\"\n# $TOKEN is an access token from POST /oauth2/token (Request an access token), for example:\n# TOKEN=$(curl -s -u \"$KONTEXT_CLIENT_ID:$KONTEXT_CLIENT_SECRET\" -d grant_type=client_credentials \\\n#   -d scope=management:all https://api.kontext.security/oauth2/token | jq -r .access_token)\n"
          },
          {
            "lang": "bash",
            "label": "kontext CLI",
            "source": "# KONTEXT_BASE_URL, KONTEXT_CLIENT_ID and KONTEXT_CLIENT_SECRET from the environment\nkontext integrations validate 11111111-1111-4111-8111-111111111111\n"
          }
        ],
        "tags": [
          "Integrations"
        ],
        "summary": "Validate an integration",
        "description": "Checks that the integration's server is reachable and answers as an MCP server, and records the result as the integration's `validationStatus`. Service account tokens need the `management:all` scope.",
        "responses": {
          "200": {
            "$ref": "#/components/responses/IntegrationValidated"
          },
          "201": {
            "$ref": "#/components/responses/IntegrationValidated"
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          }
        }
      }
    },
    "/api/v1/integrations/{id}/oauth": {
      "parameters": [
        {
          "$ref": "#/components/parameters/IntegrationId"
        }
      ],
      "get": {
        "operationId": "getIntegrationOAuthConfig",
        "x-codeSamples": [
          {
            "lang": "TypeScript",
            "label": "TypeScript SDK",
            "source": "import { KontextManagementClient } from \"@kontext-dev/js-sdk/management\";\n\nconst client = new KontextManagementClient({\n  baseUrl: \"https://api.kontext.security\",\n  credentials: { clientId: process.env.KONTEXT_CLIENT_ID!, clientSecret: process.env.KONTEXT_CLIENT_SECRET! },\n});\n\nconst { oauth } = await client.integrations.getOAuthConfig(\"11111111-1111-4111-8111-111111111111\");\nconsole.log(oauth);\n"
          },
          {
            "lang": "curl",
            "label": "curl",
            "source": "curl https://api.kontext.security/api/v1/integrations/11111111-1111-4111-8111-111111111111/oauth \\\n  -H \"Authorization: Bearer $TOKEN\"\n# $TOKEN is an access token from POST /oauth2/token (Request an access token), for example:\n# TOKEN=$(curl -s -u \"$KONTEXT_CLIENT_ID:$KONTEXT_CLIENT_SECRET\" -d grant_type=client_credentials \\\n#   -d scope=management:all https://api.kontext.security/oauth2/token | jq -r .access_token)\n"
          },
          {
            "lang": "bash",
            "label": "kontext CLI",
            "source": "# KONTEXT_BASE_URL, KONTEXT_CLIENT_ID and KONTEXT_CLIENT_SECRET from the environment\nkontext integrations get-oauth-config 11111111-1111-4111-8111-111111111111\n"
          }
        ],
        "tags": [
          "Integrations"
        ],
        "summary": "Get OAuth app configuration",
        "description": "Returns the integration's own OAuth app configuration (the client Kontext uses with the provider). The client secret is never returned; `clientSecretConfigured` says whether one is set. Before one is set, the answer is `{ \"oauth\": null }` or a 404. Service account tokens need the `management:all` scope.",
        "responses": {
          "200": {
            "description": "The OAuth app configuration.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/IntegrationOAuthConfigResponse"
                },
                "examples": {
                  "oauthConfig": {
                    "summary": "A GitHub OAuth app",
                    "value": {
                      "oauth": {
                        "clientId": "Iv23liAbCdEfGh123456",
                        "authorizationUrl": "https://github.com/login/oauth/authorize",
                        "tokenUrl": "https://github.com/login/oauth/access_token",
                        "scopes": [
                          "repo",
                          "read:org"
                        ],
                        "clientSecretConfigured": true,
                        "updatedAt": "2026-01-12T08:30:00.000Z"
                      }
                    }
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          }
        }
      },
      "put": {
        "operationId": "setIntegrationOAuthConfig",
        "x-codeSamples": [
          {
            "lang": "TypeScript",
            "label": "TypeScript SDK",
            "source": "import { KontextManagementClient } from \"@kontext-dev/js-sdk/management\";\n\nconst client = new KontextManagementClient({\n  baseUrl: \"https://api.kontext.security\",\n  credentials: { clientId: process.env.KONTEXT_CLIENT_ID!, clientSecret: process.env.KONTEXT_CLIENT_SECRET! },\n});\n\nconst { oauth } = await client.integrations.setOAuthConfig(\"11111111-1111-4111-8111-111111111111\", {\n  clientId: \"Iv23liAbCdEfGh123456\",\n  clientSecret: \"4f1e2d3c4b5a69788796a5b4c3d2e1f0a9b8c7d6\",\n  authorizationUrl: \"https://github.com/login/oauth/authorize\",\n  tokenUrl: \"https://github.com/login/oauth/access_token\",\n  scopes: [\"repo\", \"read:org\"]\n});\nconsole.log(oauth);\n"
          },
          {
            "lang": "curl",
            "label": "curl",
            "source": "curl -X PUT https://api.kontext.security/api/v1/integrations/11111111-1111-4111-8111-111111111111/oauth \\\n  -H \"Authorization: Bearer $TOKEN\" \\\n  -H \"Content-Type: application/json\" \\\n  -d '{\n    \"clientId\": \"Iv23liAbCdEfGh123456\",\n    \"clientSecret\": \"4f1e2d3c4b5a69788796a5b4c3d2e1f0a9b8c7d6\",\n    \"authorizationUrl\": \"https://github.com/login/oauth/authorize\",\n    \"tokenUrl\": \"https://github.com/login/oauth/access_token\",\n    \"scopes\": [\"repo\", \"read:org\"]\n  }'\n# $TOKEN is an access token from POST /oauth2/token (Request an access token), for example:\n# TOKEN=$(curl -s -u \"$KONTEXT_CLIENT_ID:$KONTEXT_CLIENT_SECRET\" -d grant_type=client_credentials \\\n#   -d scope=management:all https://api.kontext.security/oauth2/token | jq -r .access_token)\n"
          },
          {
            "lang": "bash",
            "label": "kontext CLI",
            "source": "# KONTEXT_BASE_URL, KONTEXT_CLIENT_ID and KONTEXT_CLIENT_SECRET from the environment\nkontext integrations set-oauth-config 11111111-1111-4111-8111-111111111111 --body-client-id Iv23liAbCdEfGh123456 --authorization-url https://github.com/login/oauth/authorize --token-url https://github.com/login/oauth/access_token --scope repo --scope read:org --data '{\"clientSecret\":\"4f1e2d3c4b5a69788796a5b4c3d2e1f0a9b8c7d6\"}'\n"
          }
        ],
        "tags": [
          "Integrations"
        ],
        "summary": "Set OAuth app configuration",
        "description": "Sets (creates or replaces) the integration's OAuth app configuration. The client secret is write-only: it is stored and never returned. Service account tokens need the `management:all` scope.",
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/SetIntegrationOAuthConfigInput"
              },
              "examples": {
                "github": {
                  "summary": "A GitHub OAuth app",
                  "value": {
                    "clientId": "Iv23liAbCdEfGh123456",
                    "clientSecret": "4f1e2d3c4b5a69788796a5b4c3d2e1f0a9b8c7d6",
                    "authorizationUrl": "https://github.com/login/oauth/authorize",
                    "tokenUrl": "https://github.com/login/oauth/access_token",
                    "scopes": [
                      "repo",
                      "read:org"
                    ]
                  }
                }
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The stored configuration, without the secret.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/IntegrationOAuthConfigResponse"
                },
                "examples": {
                  "oauthConfig": {
                    "summary": "Stored",
                    "value": {
                      "oauth": {
                        "clientId": "Iv23liAbCdEfGh123456",
                        "authorizationUrl": "https://github.com/login/oauth/authorize",
                        "tokenUrl": "https://github.com/login/oauth/access_token",
                        "scopes": [
                          "repo",
                          "read:org"
                        ],
                        "clientSecretConfigured": true,
                        "updatedAt": "2026-03-06T10:15:00.000Z"
                      }
                    }
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          }
        }
      },
      "delete": {
        "operationId": "deleteIntegrationOAuthConfig",
        "x-codeSamples": [
          {
            "lang": "TypeScript",
            "label": "TypeScript SDK",
            "source": "import { KontextManagementClient } from \"@kontext-dev/js-sdk/management\";\n\nconst client = new KontextManagementClient({\n  baseUrl: \"https://api.kontext.security\",\n  credentials: { clientId: process.env.KONTEXT_CLIENT_ID!, clientSecret: process.env.KONTEXT_CLIENT_SECRET! },\n});\n\nawait client.integrations.deleteOAuthConfig(\"11111111-1111-4111-8111-111111111111\");\nconsole.log(\"done\");\n"
          },
          {
            "lang": "curl",
            "label": "curl",
            "source": "curl -X DELETE https://api.kontext.security/api/v1/integrations/11111111-1111-4111-8111-111111111111/oauth \\\n  -H \"Authorization: Bearer $TOKEN\"\n# $TOKEN is an access token from POST /oauth2/token (Request an access token), for example:\n# TOKEN=$(curl -s -u \"$KONTEXT_CLIENT_ID:$KONTEXT_CLIENT_SECRET\" -d grant_type=client_credentials \\\n#   -d scope=management:all https://api.kontext.security/oauth2/token | jq -r .access_token)\n"
          },
          {
            "lang": "bash",
            "label": "kontext CLI",
            "source": "# KONTEXT_BASE_URL, KONTEXT_CLIENT_ID and KONTEXT_CLIENT_SECRET from the environment\nkontext integrations delete-oauth-config 11111111-1111-4111-8111-111111111111\n"
          }
        ],
        "tags": [
          "Integrations"
        ],
        "summary": "Delete OAuth app configuration",
        "description": "Removes the integration's OAuth app configuration, secret included. Service account tokens need the `management:all` scope.",
        "responses": {
          "204": {
            "description": "Deleted. No body."
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          }
        }
      }
    },
    "/api/v1/integrations/{id}/connection": {
      "parameters": [
        {
          "$ref": "#/components/parameters/IntegrationId"
        }
      ],
      "post": {
        "operationId": "createIntegrationConnection",
        "x-codeSamples": [
          {
            "lang": "TypeScript",
            "label": "TypeScript SDK",
            "source": "import { KontextManagementClient } from \"@kontext-dev/js-sdk/management\";\n\nconst client = new KontextManagementClient({\n  baseUrl: \"https://api.kontext.security\",\n  credentials: { clientId: process.env.KONTEXT_CLIENT_ID!, clientSecret: process.env.KONTEXT_CLIENT_SECRET! },\n});\n\nconst { connection } = await client.integrations.connect(\"11111111-1111-4111-8111-111111111111\", {\n  token: \"lin_api_8Kx2mQ7vN4pR1sT9wY3zB6cD0fG5hJ\"\n});\nconsole.log(connection);\n"
          },
          {
            "lang": "curl",
            "label": "curl",
            "source": "curl -X POST https://api.kontext.security/api/v1/integrations/11111111-1111-4111-8111-111111111111/connection \\\n  -H \"Authorization: Bearer $TOKEN\" \\\n  -H \"Content-Type: application/json\" \\\n  -d '{\n    \"token\": \"lin_api_8Kx2mQ7vN4pR1sT9wY3zB6cD0fG5hJ\"\n  }'\n# $TOKEN is an access token from POST /oauth2/token (Request an access token), for example:\n# TOKEN=$(curl -s -u \"$KONTEXT_CLIENT_ID:$KONTEXT_CLIENT_SECRET\" -d grant_type=client_credentials \\\n#   -d scope=management:all https://api.kontext.security/oauth2/token | jq -r .access_token)\n"
          },
          {
            "lang": "bash",
            "label": "kontext CLI",
            "source": "# KONTEXT_BASE_URL, KONTEXT_CLIENT_ID and KONTEXT_CLIENT_SECRET from the environment\nkontext integrations connect 11111111-1111-4111-8111-111111111111 --data '{\"token\":\"lin_api_8Kx2mQ7vN4pR1sT9wY3zB6cD0fG5hJ\"}'\n"
          }
        ],
        "tags": [
          "Integrations"
        ],
        "summary": "Connect with a token",
        "description": "For a `user_token` integration: stores the caller's own token for the integration's server, connecting the caller. The token is write-only and never returned. Service account tokens need the `management:all` scope.",
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/CreateIntegrationConnectionInput"
              },
              "examples": {
                "apiKey": {
                  "summary": "A personal API key",
                  "value": {
                    "token": "lin_api_8Kx2mQ7vN4pR1sT9wY3zB6cD0fG5hJ"
                  }
                }
              }
            }
          }
        },
        "responses": {
          "200": {
            "$ref": "#/components/responses/IntegrationConnected"
          },
          "201": {
            "$ref": "#/components/responses/IntegrationConnected"
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          }
        }
      },
      "get": {
        "operationId": "getIntegrationConnection",
        "x-codeSamples": [
          {
            "lang": "TypeScript",
            "label": "TypeScript SDK",
            "source": "import { KontextManagementClient } from \"@kontext-dev/js-sdk/management\";\n\nconst client = new KontextManagementClient({\n  baseUrl: \"https://api.kontext.security\",\n  credentials: { clientId: process.env.KONTEXT_CLIENT_ID!, clientSecret: process.env.KONTEXT_CLIENT_SECRET! },\n});\n\nconst { connection } = await client.integrations.getConnection(\"11111111-1111-4111-8111-111111111111\");\nconsole.log(connection);\n"
          },
          {
            "lang": "curl",
            "label": "curl",
            "source": "curl https://api.kontext.security/api/v1/integrations/11111111-1111-4111-8111-111111111111/connection \\\n  -H \"Authorization: Bearer $TOKEN\"\n# $TOKEN is an access token from POST /oauth2/token (Request an access token), for example:\n# TOKEN=$(curl -s -u \"$KONTEXT_CLIENT_ID:$KONTEXT_CLIENT_SECRET\" -d grant_type=client_credentials \\\n#   -d scope=management:all https://api.kontext.security/oauth2/token | jq -r .access_token)\n"
          },
          {
            "lang": "bash",
            "label": "kontext CLI",
            "source": "# KONTEXT_BASE_URL, KONTEXT_CLIENT_ID and KONTEXT_CLIENT_SECRET from the environment\nkontext integrations get-connection 11111111-1111-4111-8111-111111111111\n"
          }
        ],
        "tags": [
          "Integrations"
        ],
        "summary": "Get connection status",
        "description": "For a `user_token` integration: whether the caller is connected, since when and until when. Never returns the token. Service account tokens need the `management:all` scope.",
        "responses": {
          "200": {
            "description": "The connection status.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/IntegrationConnectionResponse"
                },
                "examples": {
                  "connected": {
                    "summary": "Connected",
                    "value": {
                      "connection": {
                        "status": "connected",
                        "connectedAt": "2026-02-14T09:12:00.000Z",
                        "expiresAt": "2026-05-15T09:12:00.000Z"
                      }
                    }
                  },
                  "notConnected": {
                    "summary": "Not connected",
                    "value": {
                      "connection": {
                        "status": "not_connected",
                        "connectedAt": null,
                        "expiresAt": null
                      }
                    }
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          }
        }
      },
      "delete": {
        "operationId": "revokeIntegrationConnection",
        "x-codeSamples": [
          {
            "lang": "TypeScript",
            "label": "TypeScript SDK",
            "source": "import { KontextManagementClient } from \"@kontext-dev/js-sdk/management\";\n\nconst client = new KontextManagementClient({\n  baseUrl: \"https://api.kontext.security\",\n  credentials: { clientId: process.env.KONTEXT_CLIENT_ID!, clientSecret: process.env.KONTEXT_CLIENT_SECRET! },\n});\n\nawait client.integrations.disconnect(\"11111111-1111-4111-8111-111111111111\");\nconsole.log(\"done\");\n"
          },
          {
            "lang": "curl",
            "label": "curl",
            "source": "curl -X DELETE https://api.kontext.security/api/v1/integrations/11111111-1111-4111-8111-111111111111/connection \\\n  -H \"Authorization: Bearer $TOKEN\"\n# $TOKEN is an access token from POST /oauth2/token (Request an access token), for example:\n# TOKEN=$(curl -s -u \"$KONTEXT_CLIENT_ID:$KONTEXT_CLIENT_SECRET\" -d grant_type=client_credentials \\\n#   -d scope=management:all https://api.kontext.security/oauth2/token | jq -r .access_token)\n"
          },
          {
            "lang": "bash",
            "label": "kontext CLI",
            "source": "# KONTEXT_BASE_URL, KONTEXT_CLIENT_ID and KONTEXT_CLIENT_SECRET from the environment\nkontext integrations disconnect 11111111-1111-4111-8111-111111111111\n"
          }
        ],
        "tags": [
          "Integrations"
        ],
        "summary": "Disconnect",
        "description": "For a `user_token` integration: deletes the caller's stored token, disconnecting the caller. Service account tokens need the `management:all` scope.",
        "responses": {
          "204": {
            "description": "Disconnected. No body."
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          }
        }
      }
    },
    "/api/v1/service-accounts": {
      "get": {
        "operationId": "listServiceAccounts",
        "x-codeSamples": [
          {
            "lang": "TypeScript",
            "label": "TypeScript SDK",
            "source": "import { KontextManagementClient } from \"@kontext-dev/js-sdk/management\";\n\nconst client = new KontextManagementClient({\n  baseUrl: \"https://api.kontext.security\",\n  credentials: { clientId: process.env.KONTEXT_CLIENT_ID!, clientSecret: process.env.KONTEXT_CLIENT_SECRET! },\n});\n\nconst { items, nextCursor } = await client.serviceAccounts.list({ limit: 20 });\nconsole.log(items, nextCursor);\n"
          },
          {
            "lang": "curl",
            "label": "curl",
            "source": "curl \"https://api.kontext.security/api/v1/service-accounts?limit=20\" \\\n  -H \"Authorization: Bearer $TOKEN\"\n# $TOKEN is an access token from POST /oauth2/token (Request an access token), for example:\n# TOKEN=$(curl -s -u \"$KONTEXT_CLIENT_ID:$KONTEXT_CLIENT_SECRET\" -d grant_type=client_credentials \\\n#   -d scope=management:all https://api.kontext.security/oauth2/token | jq -r .access_token)\n"
          },
          {
            "lang": "bash",
            "label": "kontext CLI",
            "source": "# KONTEXT_BASE_URL, KONTEXT_CLIENT_ID and KONTEXT_CLIENT_SECRET from the environment\nkontext service-accounts list --limit 20\n"
          }
        ],
        "tags": [
          "Service accounts"
        ],
        "summary": "List service accounts",
        "description": "Lists the organization's service accounts one page at a time (`limit`, `cursor`). Credentials are never included. `nextCursor` is always present: null on the last page. Service account tokens need the `management:all` scope.",
        "parameters": [
          {
            "$ref": "#/components/parameters/Limit"
          },
          {
            "$ref": "#/components/parameters/Cursor"
          }
        ],
        "responses": {
          "200": {
            "description": "A page of service accounts.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ServiceAccountList"
                },
                "examples": {
                  "firstPage": {
                    "summary": "First page, more to come",
                    "value": {
                      "items": [
                        {
                          "id": "33333333-3333-4333-8333-333333333333",
                          "name": "CI Pipeline",
                          "description": "Used by GitHub Actions to manage integrations",
                          "clientId": "sa_33333333-3333-4333-8333-333333333333",
                          "createdAt": "2026-01-20T08:00:00.000Z"
                        },
                        {
                          "id": "55555555-5555-4555-8555-555555555555",
                          "name": "Monitoring",
                          "description": null,
                          "clientId": "sa_55555555-5555-4555-8555-555555555555",
                          "createdAt": "2026-01-28T17:25:00.000Z"
                        }
                      ],
                      "nextCursor": "eyJpZCI6IjU1NTU1NTU1LTU1NTUtNDU1NS04NTU1LTU1NTU1NTU1NTU1NSJ9"
                    }
                  },
                  "lastPage": {
                    "summary": "Last page (nextCursor is null)",
                    "value": {
                      "items": [
                        {
                          "id": "66666666-6666-4666-8666-666666666666",
                          "name": "Terraform",
                          "description": "Provisions applications from infrastructure code",
                          "clientId": "sa_66666666-6666-4666-8666-666666666666",
                          "createdAt": "2026-02-09T13:00:00.000Z"
                        }
                      ],
                      "nextCursor": null
                    }
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          }
        }
      },
      "post": {
        "operationId": "createServiceAccount",
        "x-codeSamples": [
          {
            "lang": "TypeScript",
            "label": "TypeScript SDK",
            "source": "import { KontextManagementClient } from \"@kontext-dev/js-sdk/management\";\n\nconst client = new KontextManagementClient({\n  baseUrl: \"https://api.kontext.security\",\n  credentials: { clientId: process.env.KONTEXT_CLIENT_ID!, clientSecret: process.env.KONTEXT_CLIENT_SECRET! },\n});\n\nconst { serviceAccount, credentials } = await client.serviceAccounts.create({\n  name: \"CI Pipeline\",\n  description: \"Used by GitHub Actions to manage integrations\"\n});\nconsole.log(serviceAccount, credentials);\n"
          },
          {
            "lang": "curl",
            "label": "curl",
            "source": "curl -X POST https://api.kontext.security/api/v1/service-accounts \\\n  -H \"Authorization: Bearer $TOKEN\" \\\n  -H \"Content-Type: application/json\" \\\n  -d '{\n    \"name\": \"CI Pipeline\",\n    \"description\": \"Used by GitHub Actions to manage integrations\"\n  }'\n# $TOKEN is an access token from POST /oauth2/token (Request an access token), for example:\n# TOKEN=$(curl -s -u \"$KONTEXT_CLIENT_ID:$KONTEXT_CLIENT_SECRET\" -d grant_type=client_credentials \\\n#   -d scope=management:all https://api.kontext.security/oauth2/token | jq -r .access_token)\n"
          },
          {
            "lang": "bash",
            "label": "kontext CLI",
            "source": "# KONTEXT_BASE_URL, KONTEXT_CLIENT_ID and KONTEXT_CLIENT_SECRET from the environment\nkontext service-accounts create --name 'CI Pipeline' --description 'Used by GitHub Actions to manage integrations'\n"
          }
        ],
        "tags": [
          "Service accounts"
        ],
        "summary": "Create a service account",
        "description": "Creates a service account and its client credentials. `credentials.clientSecret` is returned only here and on rotation: store it immediately. Fails with 409 when a service account with the same name exists. Service account tokens need the `management:all` scope.",
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/CreateServiceAccountInput"
              },
              "examples": {
                "ciPipeline": {
                  "summary": "A CI service account",
                  "value": {
                    "name": "CI Pipeline",
                    "description": "Used by GitHub Actions to manage integrations"
                  }
                }
              }
            }
          }
        },
        "responses": {
          "201": {
            "description": "The service account was created, with its credentials.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/CreateServiceAccountResponse"
                },
                "examples": {
                  "created": {
                    "summary": "New service account and its secret",
                    "value": {
                      "serviceAccount": {
                        "id": "33333333-3333-4333-8333-333333333333",
                        "name": "CI Pipeline",
                        "description": "Used by GitHub Actions to manage integrations",
                        "clientId": "sa_33333333-3333-4333-8333-333333333333",
                        "createdAt": "2026-01-20T08:00:00.000Z"
                      },
                      "credentials": {
                        "clientId": "sa_33333333-3333-4333-8333-333333333333",
                        "clientSecret": "kx_sa_X7cV2bN9mQ4wE1rT6yU3iO8pA5sD0fGhJ2kL"
                      }
                    }
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "409": {
            "$ref": "#/components/responses/Conflict"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          }
        }
      }
    },
    "/api/v1/service-accounts/{id}": {
      "parameters": [
        {
          "$ref": "#/components/parameters/ServiceAccountId"
        }
      ],
      "get": {
        "operationId": "getServiceAccount",
        "x-codeSamples": [
          {
            "lang": "TypeScript",
            "label": "TypeScript SDK",
            "source": "import { KontextManagementClient } from \"@kontext-dev/js-sdk/management\";\n\nconst client = new KontextManagementClient({\n  baseUrl: \"https://api.kontext.security\",\n  credentials: { clientId: process.env.KONTEXT_CLIENT_ID!, clientSecret: process.env.KONTEXT_CLIENT_SECRET! },\n});\n\nconst { serviceAccount } = await client.serviceAccounts.get(\"33333333-3333-4333-8333-333333333333\");\nconsole.log(serviceAccount);\n"
          },
          {
            "lang": "curl",
            "label": "curl",
            "source": "curl https://api.kontext.security/api/v1/service-accounts/33333333-3333-4333-8333-333333333333 \\\n  -H \"Authorization: Bearer $TOKEN\"\n# $TOKEN is an access token from POST /oauth2/token (Request an access token), for example:\n# TOKEN=$(curl -s -u \"$KONTEXT_CLIENT_ID:$KONTEXT_CLIENT_SECRET\" -d grant_type=client_credentials \\\n#   -d scope=management:all https://api.kontext.security/oauth2/token | jq -r .access_token)\n"
          },
          {
            "lang": "bash",
            "label": "kontext CLI",
            "source": "# KONTEXT_BASE_URL, KONTEXT_CLIENT_ID and KONTEXT_CLIENT_SECRET from the environment\nkontext service-accounts get 33333333-3333-4333-8333-333333333333\n"
          }
        ],
        "tags": [
          "Service accounts"
        ],
        "summary": "Get a service account",
        "description": "Returns a service account's metadata, never its credentials. Service account tokens need the `management:all` scope.",
        "responses": {
          "200": {
            "description": "The service account.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ServiceAccountResponse"
                },
                "examples": {
                  "serviceAccount": {
                    "summary": "The CI service account",
                    "value": {
                      "serviceAccount": {
                        "id": "33333333-3333-4333-8333-333333333333",
                        "name": "CI Pipeline",
                        "description": "Used by GitHub Actions to manage integrations",
                        "clientId": "sa_33333333-3333-4333-8333-333333333333",
                        "createdAt": "2026-01-20T08:00:00.000Z"
                      }
                    }
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          }
        }
      },
      "delete": {
        "operationId": "revokeServiceAccount",
        "x-codeSamples": [
          {
            "lang": "TypeScript",
            "label": "TypeScript SDK",
            "source": "import { KontextManagementClient } from \"@kontext-dev/js-sdk/management\";\n\nconst client = new KontextManagementClient({\n  baseUrl: \"https://api.kontext.security\",\n  credentials: { clientId: process.env.KONTEXT_CLIENT_ID!, clientSecret: process.env.KONTEXT_CLIENT_SECRET! },\n});\n\nawait client.serviceAccounts.revoke(\"33333333-3333-4333-8333-333333333333\");\nconsole.log(\"done\");\n"
          },
          {
            "lang": "curl",
            "label": "curl",
            "source": "curl -X DELETE https://api.kontext.security/api/v1/service-accounts/33333333-3333-4333-8333-333333333333 \\\n  -H \"Authorization: Bearer $TOKEN\"\n# $TOKEN is an access token from POST /oauth2/token (Request an access token), for example:\n# TOKEN=$(curl -s -u \"$KONTEXT_CLIENT_ID:$KONTEXT_CLIENT_SECRET\" -d grant_type=client_credentials \\\n#   -d scope=management:all https://api.kontext.security/oauth2/token | jq -r .access_token)\n"
          },
          {
            "lang": "bash",
            "label": "kontext CLI",
            "source": "# KONTEXT_BASE_URL, KONTEXT_CLIENT_ID and KONTEXT_CLIENT_SECRET from the environment\nkontext service-accounts revoke 33333333-3333-4333-8333-333333333333\n"
          }
        ],
        "tags": [
          "Service accounts"
        ],
        "summary": "Revoke a service account",
        "description": "Permanently deletes the service account and revokes every token issued to it. This cannot be undone. Service account tokens need the `management:all` scope.",
        "responses": {
          "204": {
            "description": "Deleted. No body."
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          }
        }
      }
    },
    "/api/v1/service-accounts/{id}/rotate-secret": {
      "parameters": [
        {
          "$ref": "#/components/parameters/ServiceAccountId"
        }
      ],
      "post": {
        "operationId": "rotateServiceAccountSecret",
        "x-codeSamples": [
          {
            "lang": "TypeScript",
            "label": "TypeScript SDK",
            "source": "import { KontextManagementClient } from \"@kontext-dev/js-sdk/management\";\n\nconst client = new KontextManagementClient({\n  baseUrl: \"https://api.kontext.security\",\n  credentials: { clientId: process.env.KONTEXT_CLIENT_ID!, clientSecret: process.env.KONTEXT_CLIENT_SECRET! },\n});\n\nconst { credentials } = await client.serviceAccounts.rotateSecret(\"33333333-3333-4333-8333-333333333333\");\nconsole.log(credentials);\n"
          },
          {
            "lang": "curl",
            "label": "curl",
            "source": "curl -X POST https://api.kontext.security/api/v1/service-accounts/33333333-3333-4333-8333-333333333333/rotate-secret \\\n  -H \"Authorization: Bearer $TOKEN\"\n# $TOKEN is an access token from POST /oauth2/token (Request an access token), for example:\n# TOKEN=$(curl -s -u \"$KONTEXT_CLIENT_ID:$KONTEXT_CLIENT_SECRET\" -d grant_type=client_credentials \\\n#   -d scope=management:all https://api.kontext.security/oauth2/token | jq -r .access_token)\n"
          },
          {
            "lang": "bash",
            "label": "kontext CLI",
            "source": "# KONTEXT_BASE_URL, KONTEXT_CLIENT_ID and KONTEXT_CLIENT_SECRET from the environment\nkontext service-accounts rotate-secret 33333333-3333-4333-8333-333333333333\n"
          }
        ],
        "tags": [
          "Service accounts"
        ],
        "summary": "Rotate credentials",
        "description": "Generates a new client secret. The old secret is refused at once for new tokens, but tokens already issued with it keep working until they expire. The new secret is shown only in this answer: store it immediately. Service account tokens need the `management:all` scope.",
        "responses": {
          "200": {
            "$ref": "#/components/responses/ServiceAccountSecretRotated"
          },
          "201": {
            "$ref": "#/components/responses/ServiceAccountSecretRotated"
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          }
        }
      }
    },
    "/api/v1/traces": {
      "get": {
        "operationId": "listTraces",
        "x-codeSamples": [
          {
            "lang": "TypeScript",
            "label": "TypeScript SDK",
            "source": "import { KontextManagementClient } from \"@kontext-dev/js-sdk/management\";\n\nconst client = new KontextManagementClient({\n  baseUrl: \"https://api.kontext.security\",\n  credentials: { clientId: process.env.KONTEXT_CLIENT_ID!, clientSecret: process.env.KONTEXT_CLIENT_SECRET! },\n});\n\nconst { items, nextCursor } = await client.traces.list({ limit: 20 });\nconsole.log(items, nextCursor);\n"
          },
          {
            "lang": "curl",
            "label": "curl",
            "source": "curl \"https://api.kontext.security/api/v1/traces?limit=20\" \\\n  -H \"Authorization: Bearer $TOKEN\"\n# $TOKEN is an access token from POST /oauth2/token (Request an access token), for example:\n# TOKEN=$(curl -s -u \"$KONTEXT_CLIENT_ID:$KONTEXT_CLIENT_SECRET\" -d grant_type=client_credentials \\\n#   -d scope=management:all https://api.kontext.security/oauth2/token | jq -r .access_token)\n"
          },
          {
            "lang": "bash",
            "label": "kontext CLI",
            "source": "# KONTEXT_BASE_URL, KONTEXT_CLIENT_ID and KONTEXT_CLIENT_SECRET from the environment\nkontext traces list --limit 20\n"
          }
        ],
        "tags": [
          "Traces"
        ],
        "summary": "List traces",
        "description": "Lists tool execution traces one page at a time (`limit` with `cursor` or `offset`), optionally narrowed by user, session, agent or application. Service account tokens need the `management:all` scope.",
        "parameters": [
          {
            "$ref": "#/components/parameters/Limit"
          },
          {
            "$ref": "#/components/parameters/Cursor"
          },
          {
            "$ref": "#/components/parameters/Offset"
          },
          {
            "$ref": "#/components/parameters/UserIdFilter"
          },
          {
            "$ref": "#/components/parameters/SessionIdFilter"
          },
          {
            "$ref": "#/components/parameters/AgentIdFilter"
          },
          {
            "$ref": "#/components/parameters/ApplicationIdFilter"
          }
        ],
        "responses": {
          "200": {
            "description": "A page of traces.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/TraceList"
                },
                "examples": {
                  "firstPage": {
                    "summary": "First page, more to come",
                    "value": {
                      "items": [
                        {
                          "traceId": "4bf92f3577b34da6a3ce929d0e0e4736",
                          "sessionId": "9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b",
                          "startedAt": "2026-02-10T10:12:30.120Z",
                          "endedAt": "2026-02-10T10:12:31.870Z",
                          "eventCount": 4,
                          "okCount": 3,
                          "warnCount": 0,
                          "errorCount": 1,
                          "agentId": "550e8400-e29b-41d4-a716-446655440000",
                          "agentName": "Support Copilot",
                          "ownerUserId": "9b2f4c1e-7d3a-4e8b-a6f5-0c1d2e3f4a5b",
                          "ownerEmail": "jane@example.com",
                          "agentSessionId": "8d7c6b5a-4f3e-4d2c-9b1a-0f9e8d7c6b5a",
                          "agentSessionName": "Claude Desktop on mbp-jane"
                        },
                        {
                          "traceId": "0af7651916cd43dd8448eb211c80319c",
                          "sessionId": "9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b",
                          "startedAt": "2026-02-10T10:14:02.004Z",
                          "endedAt": null,
                          "eventCount": 1,
                          "okCount": 1,
                          "warnCount": 0,
                          "errorCount": 0,
                          "agentId": "550e8400-e29b-41d4-a716-446655440000",
                          "agentName": "Support Copilot",
                          "ownerUserId": "9b2f4c1e-7d3a-4e8b-a6f5-0c1d2e3f4a5b",
                          "ownerEmail": "jane@example.com"
                        }
                      ],
                      "nextCursor": "eyJpZCI6IjBhZjc2NTE5MTZjZDQzZGQ4NDQ4ZWIyMTFjODAzMTljIn0"
                    }
                  },
                  "lastPage": {
                    "summary": "Last page (no nextCursor)",
                    "value": {
                      "items": [
                        {
                          "traceId": "5c2d9e1f8a7b46c3b0d4e6f8a1b3c5d7",
                          "sessionId": "2b3c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d6e",
                          "startedAt": "2026-02-09T18:40:11.500Z",
                          "endedAt": "2026-02-09T18:40:12.020Z",
                          "eventCount": 2,
                          "okCount": 1,
                          "warnCount": 1,
                          "errorCount": 0,
                          "agentId": "7a8b9c0d-1e2f-4a3b-8c4d-5e6f7a8b9c0d",
                          "agentName": "Nightly Report Bot",
                          "ownerUserId": "2c3d4e5f-6a7b-4c8d-9e0f-1a2b3c4d5e6f",
                          "ownerEmail": "ops@example.com"
                        }
                      ]
                    }
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          }
        }
      }
    },
    "/api/v1/traces/stats": {
      "get": {
        "operationId": "getTraceStats",
        "x-codeSamples": [
          {
            "lang": "TypeScript",
            "label": "TypeScript SDK",
            "source": "import { KontextManagementClient } from \"@kontext-dev/js-sdk/management\";\n\nconst client = new KontextManagementClient({\n  baseUrl: \"https://api.kontext.security\",\n  credentials: { clientId: process.env.KONTEXT_CLIENT_ID!, clientSecret: process.env.KONTEXT_CLIENT_SECRET! },\n});\n\nconst { stats } = await client.traces.stats();\nconsole.log(stats);\n"
          },
          {
            "lang": "curl",
            "label": "curl",
            "source": "curl https://api.kontext.security/api/v1/traces/stats \\\n  -H \"Authorization: Bearer $TOKEN\"\n# $TOKEN is an access token from POST /oauth2/token (Request an access token), for example:\n# TOKEN=$(curl -s -u \"$KONTEXT_CLIENT_ID:$KONTEXT_CLIENT_SECRET\" -d grant_type=client_credentials \\\n#   -d scope=management:all https://api.kontext.security/oauth2/token | jq -r .access_token)\n"
          },
          {
            "lang": "bash",
            "label": "kontext CLI",
            "source": "# KONTEXT_BASE_URL, KONTEXT_CLIENT_ID and KONTEXT_CLIENT_SECRET from the environment\nkontext traces stats\n"
          }
        ],
        "tags": [
          "Traces"
        ],
        "summary": "Trace statistics",
        "description": "Aggregates traces over a period (default the last 7 days): counts, error rate, latency, bytes transferred, errors by type and the most used tools. The body is the stats object itself; the SDK wraps it as `{ stats }`. Service account tokens need the `management:all` scope.",
        "parameters": [
          {
            "name": "period",
            "in": "query",
            "description": "The period to aggregate, ending now (default `7d`).",
            "schema": {
              "$ref": "#/components/schemas/TraceStatsPeriod"
            }
          },
          {
            "$ref": "#/components/parameters/UserIdFilter"
          }
        ],
        "responses": {
          "200": {
            "description": "The statistics.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/TraceStats"
                },
                "examples": {
                  "week": {
                    "summary": "The last 7 days",
                    "value": {
                      "totalTraces": 1280,
                      "totalEvents": 9734,
                      "eventCounts": {
                        "ok": 9310,
                        "warn": 214,
                        "error_remote": 120,
                        "error_proxy": 58,
                        "error_auth": 32
                      },
                      "errorRate": 2.15,
                      "latency": {
                        "p50": 182,
                        "p95": 940,
                        "p99": 2210
                      },
                      "bytesTransferred": {
                        "in": 48213345,
                        "out": 9182734
                      },
                      "errorsByType": [
                        {
                          "type": "error_remote",
                          "count": 120
                        },
                        {
                          "type": "error_proxy",
                          "count": 58
                        },
                        {
                          "type": "error_auth",
                          "count": 32
                        }
                      ],
                      "topTools": [
                        {
                          "toolName": "create_issue",
                          "count": 2140
                        },
                        {
                          "toolName": "search_issues",
                          "count": 1875
                        },
                        {
                          "toolName": "get_pull_request",
                          "count": 960
                        }
                      ]
                    }
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          }
        }
      }
    },
    "/api/v1/traces/{traceId}": {
      "parameters": [
        {
          "$ref": "#/components/parameters/TraceId"
        }
      ],
      "get": {
        "operationId": "getTrace",
        "x-codeSamples": [
          {
            "lang": "TypeScript",
            "label": "TypeScript SDK",
            "source": "import { KontextManagementClient } from \"@kontext-dev/js-sdk/management\";\n\nconst client = new KontextManagementClient({\n  baseUrl: \"https://api.kontext.security\",\n  credentials: { clientId: process.env.KONTEXT_CLIENT_ID!, clientSecret: process.env.KONTEXT_CLIENT_SECRET! },\n});\n\nconst { trace, events } = await client.traces.get(\"4bf92f3577b34da6a3ce929d0e0e4736\");\nconsole.log(trace, events);\n"
          },
          {
            "lang": "curl",
            "label": "curl",
            "source": "curl https://api.kontext.security/api/v1/traces/4bf92f3577b34da6a3ce929d0e0e4736 \\\n  -H \"Authorization: Bearer $TOKEN\"\n# $TOKEN is an access token from POST /oauth2/token (Request an access token), for example:\n# TOKEN=$(curl -s -u \"$KONTEXT_CLIENT_ID:$KONTEXT_CLIENT_SECRET\" -d grant_type=client_credentials \\\n#   -d scope=management:all https://api.kontext.security/oauth2/token | jq -r .access_token)\n"
          },
          {
            "lang": "bash",
            "label": "kontext CLI",
            "source": "# KONTEXT_BASE_URL, KONTEXT_CLIENT_ID and KONTEXT_CLIENT_SECRET from the environment\nkontext traces get 4bf92f3577b34da6a3ce929d0e0e4736\n"
          }
        ],
        "tags": [
          "Traces"
        ],
        "summary": "Get a trace with events",
        "description": "Returns one trace and its events in order. Service account tokens need the `management:all` scope.",
        "parameters": [
          {
            "$ref": "#/components/parameters/UserIdFilter"
          }
        ],
        "responses": {
          "200": {
            "description": "The trace and its events.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/TraceDetail"
                },
                "examples": {
                  "trace": {
                    "summary": "A trace with one failed call",
                    "value": {
                      "trace": {
                        "traceId": "4bf92f3577b34da6a3ce929d0e0e4736",
                        "sessionId": "9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b",
                        "startedAt": "2026-02-10T10:12:30.120Z",
                        "endedAt": "2026-02-10T10:12:31.870Z",
                        "eventCount": 2,
                        "okCount": 1,
                        "warnCount": 0,
                        "errorCount": 1,
                        "agentId": "550e8400-e29b-41d4-a716-446655440000",
                        "agentName": "Support Copilot",
                        "ownerUserId": "9b2f4c1e-7d3a-4e8b-a6f5-0c1d2e3f4a5b",
                        "ownerEmail": "jane@example.com",
                        "agentSessionId": "8d7c6b5a-4f3e-4d2c-9b1a-0f9e8d7c6b5a",
                        "agentSessionName": "Claude Desktop on mbp-jane"
                      },
                      "events": [
                        {
                          "id": "a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d",
                          "traceId": "4bf92f3577b34da6a3ce929d0e0e4736",
                          "sessionId": "9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b",
                          "integrationId": "11111111-1111-4111-8111-111111111111",
                          "toolName": "search_issues",
                          "eventType": "tool_call",
                          "status": "ok",
                          "durationMs": 412,
                          "createdAt": "2026-02-10T10:12:30.532Z"
                        },
                        {
                          "id": "b2c3d4e5-f6a7-4b8c-9d0e-1f2a3b4c5d6e",
                          "traceId": "4bf92f3577b34da6a3ce929d0e0e4736",
                          "sessionId": "9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b",
                          "integrationId": "22222222-2222-4222-8222-222222222222",
                          "toolName": "create_issue",
                          "eventType": "tool_call",
                          "status": "error_remote",
                          "durationMs": 1338,
                          "errorMessage": "Upstream returned 502 Bad Gateway",
                          "createdAt": "2026-02-10T10:12:31.870Z"
                        }
                      ]
                    }
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          }
        }
      }
    },
    "/api/v1/mcp-events": {
      "get": {
        "operationId": "listMcpEvents",
        "x-codeSamples": [
          {
            "lang": "TypeScript",
            "label": "TypeScript SDK",
            "source": "import { KontextManagementClient } from \"@kontext-dev/js-sdk/management\";\n\nconst client = new KontextManagementClient({\n  baseUrl: \"https://api.kontext.security\",\n  credentials: { clientId: process.env.KONTEXT_CLIENT_ID!, clientSecret: process.env.KONTEXT_CLIENT_SECRET! },\n});\n\nconst { items } = await client.events.list({ limit: 20 });\nconsole.log(items);\n"
          },
          {
            "lang": "curl",
            "label": "curl",
            "source": "curl \"https://api.kontext.security/api/v1/mcp-events?limit=20\" \\\n  -H \"Authorization: Bearer $TOKEN\"\n# $TOKEN is an access token from POST /oauth2/token (Request an access token), for example:\n# TOKEN=$(curl -s -u \"$KONTEXT_CLIENT_ID:$KONTEXT_CLIENT_SECRET\" -d grant_type=client_credentials \\\n#   -d scope=management:all https://api.kontext.security/oauth2/token | jq -r .access_token)\n"
          },
          {
            "lang": "bash",
            "label": "kontext CLI",
            "source": "# KONTEXT_BASE_URL, KONTEXT_CLIENT_ID and KONTEXT_CLIENT_SECRET from the environment\nkontext events list --limit 20\n"
          }
        ],
        "tags": [
          "Events"
        ],
        "summary": "List events",
        "description": "Lists recent MCP trace events directly, without going through a trace. Not cursor-paginated: `limit` caps the answer. Service account tokens need the `management:all` scope.",
        "parameters": [
          {
            "$ref": "#/components/parameters/Limit"
          }
        ],
        "responses": {
          "200": {
            "description": "The events.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/McpEventList"
                },
                "examples": {
                  "events": {
                    "summary": "Two recent events",
                    "value": {
                      "items": [
                        {
                          "id": "c3d4e5f6-a7b8-4c9d-8e0f-2a3b4c5d6e7f",
                          "sessionId": "9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b",
                          "toolName": "create_issue",
                          "eventType": "tool_call",
                          "status": "ok",
                          "durationMs": 388,
                          "traceId": "0af7651916cd43dd8448eb211c80319c",
                          "createdAt": "2026-02-10T10:14:02.392Z"
                        },
                        {
                          "id": "b2c3d4e5-f6a7-4b8c-9d0e-1f2a3b4c5d6e",
                          "sessionId": "9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b",
                          "toolName": "create_issue",
                          "eventType": "tool_call",
                          "status": "error_remote",
                          "durationMs": 1338,
                          "traceId": "4bf92f3577b34da6a3ce929d0e0e4736",
                          "createdAt": "2026-02-10T10:12:31.870Z"
                        }
                      ]
                    }
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          }
        }
      }
    },
    "/api/v1/policy/settings": {
      "get": {
        "operationId": "getPolicySettings",
        "x-codeSamples": [
          {
            "lang": "TypeScript",
            "label": "TypeScript SDK",
            "source": "import { KontextManagementClient } from \"@kontext-dev/js-sdk/management\";\n\nconst client = new KontextManagementClient({\n  baseUrl: \"https://api.kontext.security\",\n  credentials: { clientId: process.env.KONTEXT_CLIENT_ID!, clientSecret: process.env.KONTEXT_CLIENT_SECRET! },\n});\n\nconst { policyEnabled } = await client.policies.getSettings();\nconsole.log(policyEnabled);\n"
          },
          {
            "lang": "curl",
            "label": "curl",
            "source": "curl https://api.kontext.security/api/v1/policy/settings \\\n  -H \"Authorization: Bearer $TOKEN\"\n# $TOKEN is an access token from POST /oauth2/token (Request an access token), for example:\n# TOKEN=$(curl -s -u \"$KONTEXT_CLIENT_ID:$KONTEXT_CLIENT_SECRET\" -d grant_type=client_credentials \\\n#   -d scope=management:all https://api.kontext.security/oauth2/token | jq -r .access_token)\n"
          },
          {
            "lang": "bash",
            "label": "kontext CLI",
            "source": "# KONTEXT_BASE_URL, KONTEXT_CLIENT_ID and KONTEXT_CLIENT_SECRET from the environment\nkontext policies get-settings\n"
          }
        ],
        "tags": [
          "Policies"
        ],
        "summary": "Get policy settings",
        "description": "Inferred: whether tool-access policy enforcement is on for the organization. The service's command line reads this endpoint; its reference does not document it, so every field of the answer is optional. Read-only here.",
        "responses": {
          "200": {
            "description": "The organization's policy settings.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/PolicySettings"
                },
                "examples": {
                  "enabled": {
                    "summary": "Policies enforced",
                    "value": {
                      "policyEnabled": true
                    }
                  }
                }
              }
            }
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          }
        }
      }
    },
    "/api/v1/policy/rules": {
      "get": {
        "operationId": "listPolicyRules",
        "x-codeSamples": [
          {
            "lang": "TypeScript",
            "label": "TypeScript SDK",
            "source": "import { KontextManagementClient } from \"@kontext-dev/js-sdk/management\";\n\nconst client = new KontextManagementClient({\n  baseUrl: \"https://api.kontext.security\",\n  credentials: { clientId: process.env.KONTEXT_CLIENT_ID!, clientSecret: process.env.KONTEXT_CLIENT_SECRET! },\n});\n\nconst rules = await client.policies.listRules();\nconsole.log(rules);\n"
          },
          {
            "lang": "curl",
            "label": "curl",
            "source": "curl https://api.kontext.security/api/v1/policy/rules \\\n  -H \"Authorization: Bearer $TOKEN\"\n# $TOKEN is an access token from POST /oauth2/token (Request an access token), for example:\n# TOKEN=$(curl -s -u \"$KONTEXT_CLIENT_ID:$KONTEXT_CLIENT_SECRET\" -d grant_type=client_credentials \\\n#   -d scope=management:all https://api.kontext.security/oauth2/token | jq -r .access_token)\n"
          },
          {
            "lang": "bash",
            "label": "kontext CLI",
            "source": "# KONTEXT_BASE_URL, KONTEXT_CLIENT_ID and KONTEXT_CLIENT_SECRET from the environment\nkontext policies list-rules\n"
          }
        ],
        "tags": [
          "Policies"
        ],
        "summary": "List policy rules",
        "description": "Inferred: the organization's tool-access policy rules, as a bare JSON array (not wrapped in `items`, not paginated). The service's command line reads this endpoint; the values of `action`, `scope` and `level` are not documented. Read-only here.",
        "responses": {
          "200": {
            "description": "Every policy rule.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/PolicyRuleList"
                },
                "examples": {
                  "rules": {
                    "summary": "Two rules",
                    "value": [
                      {
                        "action": "deny",
                        "scope": "organization",
                        "level": "tool",
                        "toolName": "delete_repository"
                      },
                      {
                        "action": "allow",
                        "scope": "application",
                        "level": "tool",
                        "toolName": "search_issues"
                      }
                    ]
                  }
                }
              }
            }
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          }
        }
      }
    }
  },
  "components": {
    "securitySchemes": {
      "serviceAccount": {
        "type": "oauth2",
        "description": "Service account token from the OAuth 2.0 client credentials grant at `POST /oauth2/token` (see `requestAccessToken`). Send it as `Authorization: Bearer <access_token>`.",
        "flows": {
          "clientCredentials": {
            "tokenUrl": "https://api.kontext.security/oauth2/token",
            "scopes": {
              "management:all": "Full access to the Management API."
            }
          }
        }
      },
      "userToken": {
        "type": "http",
        "scheme": "bearer",
        "description": "A user's access token, obtained with the Authorization Code + PKCE flow. Send it as `Authorization: Bearer <token>`."
      },
      "clientSecretBasic": {
        "type": "http",
        "scheme": "basic",
        "description": "Client authentication for the token endpoint (`client_secret_basic`): the service account's `clientId` and `clientSecret` are each form-url-encoded, joined by `:` and base64-encoded into `Authorization: Basic <credentials>` (RFC 6749 §2.3.1)."
      }
    },
    "parameters": {
      "Limit": {
        "name": "limit",
        "in": "query",
        "description": "Maximum number of items to return.",
        "schema": {
          "type": "integer",
          "minimum": 1,
          "maximum": 200,
          "default": 50
        },
        "example": 20
      },
      "Cursor": {
        "name": "cursor",
        "in": "query",
        "description": "Opaque cursor from the previous page's `nextCursor`. Omit it for the first page.",
        "schema": {
          "type": "string"
        }
      },
      "SessionLimit": {
        "name": "limit",
        "in": "query",
        "description": "Maximum number of sessions to return.",
        "schema": {
          "type": "integer",
          "minimum": 1,
          "maximum": 200,
          "default": 100
        },
        "example": 20
      },
      "Offset": {
        "name": "offset",
        "in": "query",
        "description": "Number of items to skip (offset paging, an alternative to `cursor`).",
        "schema": {
          "type": "integer",
          "minimum": 0
        }
      },
      "ApplicationId": {
        "name": "id",
        "in": "path",
        "required": true,
        "description": "The application's id (a UUID, not its OAuth `clientId`).",
        "schema": {
          "type": "string",
          "format": "uuid"
        },
        "example": "550e8400-e29b-41d4-a716-446655440000"
      },
      "IntegrationId": {
        "name": "id",
        "in": "path",
        "required": true,
        "description": "The integration's id.",
        "schema": {
          "type": "string",
          "format": "uuid"
        },
        "example": "11111111-1111-4111-8111-111111111111"
      },
      "AttachedIntegrationId": {
        "name": "integrationId",
        "in": "path",
        "required": true,
        "description": "The id of the integration to attach or detach.",
        "schema": {
          "type": "string",
          "format": "uuid"
        },
        "example": "11111111-1111-4111-8111-111111111111"
      },
      "ServiceAccountId": {
        "name": "id",
        "in": "path",
        "required": true,
        "description": "The service account's id (a UUID, not its OAuth `clientId`).",
        "schema": {
          "type": "string",
          "format": "uuid"
        },
        "example": "33333333-3333-4333-8333-333333333333"
      },
      "SessionId": {
        "name": "sessionId",
        "in": "path",
        "required": true,
        "description": "The agent session's id.",
        "schema": {
          "type": "string",
          "format": "uuid"
        },
        "example": "8d7c6b5a-4f3e-4d2c-9b1a-0f9e8d7c6b5a"
      },
      "TraceId": {
        "name": "traceId",
        "in": "path",
        "required": true,
        "description": "The trace's id (an opaque string, not a UUID).",
        "schema": {
          "type": "string",
          "minLength": 1
        },
        "example": "4bf92f3577b34da6a3ce929d0e0e4736"
      },
      "UserIdFilter": {
        "name": "userId",
        "in": "query",
        "description": "Only traces of this user.",
        "schema": {
          "type": "string"
        }
      },
      "SessionIdFilter": {
        "name": "sessionId",
        "in": "query",
        "description": "Only traces of this MCP session.",
        "schema": {
          "type": "string"
        }
      },
      "AgentIdFilter": {
        "name": "agentId",
        "in": "query",
        "description": "Only traces of this agent (an application id).",
        "schema": {
          "type": "string",
          "format": "uuid"
        }
      },
      "ApplicationIdFilter": {
        "name": "applicationId",
        "in": "query",
        "description": "Only traces of this application.",
        "schema": {
          "type": "string",
          "format": "uuid"
        }
      }
    },
    "headers": {
      "RetryAfter": {
        "description": "How long to wait before retrying, as an integer number of seconds or an HTTP date (RFC 9110 §10.2.3).",
        "required": true,
        "schema": {
          "type": "string"
        },
        "example": "30"
      },
      "XRequestId": {
        "description": "Inferred. An id for the request, to quote when contacting support. May be absent.",
        "schema": {
          "type": "string"
        },
        "example": "5f0c6e8a-1b2d-4c3e-9f40-7a8b9c0d1e2f"
      }
    },
    "responses": {
      "ApplicationSecretRotated": {
        "description": "The OAuth configuration with the new client secret.",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/ApplicationOAuthResponse"
            },
            "examples": {
              "rotated": {
                "summary": "New secret",
                "value": {
                  "oauth": {
                    "type": "confidential",
                    "clientId": "app_550e8400-e29b-41d4-a716-446655440000",
                    "clientSecret": "kx_cs_W4pL9sQ2nV7xB1cD5fG8hJ3kM6rT0yZ2aE9u",
                    "redirectUris": [
                      "https://support.example.com/oauth/callback"
                    ],
                    "pkceRequired": true,
                    "scopes": [
                      "openid",
                      "offline_access"
                    ],
                    "allowedResources": [
                      "https://api.kontext.security/mcp"
                    ]
                  }
                }
              }
            }
          }
        }
      },
      "IntegrationValidated": {
        "description": "The validation result.",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/IntegrationValidation"
            },
            "examples": {
              "valid": {
                "summary": "The server answered",
                "value": {
                  "status": "valid"
                }
              },
              "invalid": {
                "summary": "The server refused",
                "value": {
                  "status": "invalid",
                  "message": "MCP initialize failed: 401 Unauthorized from https://mcp.wiki.example.com/mcp"
                }
              },
              "pending": {
                "summary": "Still checking",
                "value": {
                  "status": "pending",
                  "message": "Validation is in progress"
                }
              }
            }
          }
        }
      },
      "ServiceAccountSecretRotated": {
        "description": "The new credentials.",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/ServiceAccountCredentialsResponse"
            },
            "examples": {
              "rotated": {
                "summary": "New secret",
                "value": {
                  "credentials": {
                    "clientId": "sa_33333333-3333-4333-8333-333333333333",
                    "clientSecret": "kx_sa_P3oI8uY1tR6eW9qA2sD5fG0hJ7kL4zX3cVbN"
                  }
                }
              }
            }
          }
        }
      },
      "IntegrationConnected": {
        "description": "Connected.",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/IntegrationConnectionResponse"
            },
            "examples": {
              "connected": {
                "summary": "A new connection",
                "value": {
                  "connection": {
                    "status": "connected",
                    "connectedAt": "2026-02-14T09:12:00.000Z",
                    "expiresAt": null
                  }
                }
              }
            }
          }
        }
      },
      "BadRequest": {
        "description": "The request body or parameters are invalid. Validation failures carry one message per problem in an array (NestJS-style); other 400s carry a single string.",
        "headers": {
          "x-request-id": {
            "$ref": "#/components/headers/XRequestId"
          }
        },
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/Error"
            },
            "examples": {
              "validationFailed": {
                "summary": "Request validation failed",
                "value": {
                  "message": [
                    "name should not be empty",
                    "oauth.redirectUris must be an array"
                  ],
                  "error": "Bad Request",
                  "statusCode": 400
                }
              }
            }
          }
        }
      },
      "Unauthorized": {
        "description": "The bearer token is missing, invalid or expired.",
        "headers": {
          "x-request-id": {
            "$ref": "#/components/headers/XRequestId"
          }
        },
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/Error"
            },
            "examples": {
              "unauthorized": {
                "summary": "Missing or invalid token",
                "value": {
                  "message": "Invalid or expired access token",
                  "statusCode": 401
                }
              }
            }
          }
        }
      },
      "Forbidden": {
        "description": "The caller may not do this (role, scope or policy).",
        "headers": {
          "x-request-id": {
            "$ref": "#/components/headers/XRequestId"
          }
        },
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/Error"
            },
            "examples": {
              "forbidden": {
                "summary": "Insufficient permissions",
                "value": {
                  "message": "Insufficient permissions",
                  "statusCode": 403
                }
              }
            }
          }
        }
      },
      "NotFound": {
        "description": "No resource with this id (or the caller cannot see it).",
        "headers": {
          "x-request-id": {
            "$ref": "#/components/headers/XRequestId"
          }
        },
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/Error"
            },
            "examples": {
              "notFound": {
                "summary": "Unknown id",
                "value": {
                  "message": "Resource not found",
                  "statusCode": 404
                }
              }
            }
          }
        }
      },
      "Conflict": {
        "description": "The request conflicts with the current state, for example a duplicate name.",
        "headers": {
          "x-request-id": {
            "$ref": "#/components/headers/XRequestId"
          }
        },
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/Error"
            },
            "examples": {
              "duplicateName": {
                "summary": "The name is taken",
                "value": {
                  "message": "A resource with this name already exists",
                  "statusCode": 409
                }
              }
            }
          }
        }
      },
      "TooManyRequests": {
        "description": "Rate limit exceeded. Wait as `Retry-After` says, then retry.",
        "headers": {
          "Retry-After": {
            "$ref": "#/components/headers/RetryAfter"
          },
          "x-request-id": {
            "$ref": "#/components/headers/XRequestId"
          }
        },
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/Error"
            },
            "examples": {
              "rateLimited": {
                "summary": "Too many requests",
                "value": {
                  "message": "Too many requests, retry in 30 seconds",
                  "statusCode": 429
                }
              }
            }
          }
        }
      }
    },
    "schemas": {
      "Error": {
        "type": "object",
        "description": "The API's error body. `message` is one string, or an array of strings when request validation fails (one message per problem; the array is inferred from the framework).",
        "required": [
          "message",
          "statusCode"
        ],
        "properties": {
          "message": {
            "description": "What went wrong; an array of messages for request validation failures.",
            "oneOf": [
              {
                "type": "string",
                "examples": [
                  "Resource not found"
                ]
              },
              {
                "type": "array",
                "items": {
                  "type": "string"
                },
                "examples": [
                  [
                    "name should not be empty",
                    "oauth.redirectUris must be an array"
                  ]
                ]
              }
            ]
          },
          "statusCode": {
            "type": "integer",
            "description": "The HTTP status code, repeated.",
            "examples": [
              404
            ]
          },
          "error": {
            "type": [
              "string",
              "null"
            ],
            "description": "Inferred: the HTTP reason phrase, for example `Bad Request`.",
            "examples": [
              "Not Found"
            ]
          }
        }
      },
      "OAuthError": {
        "type": "object",
        "description": "The token endpoint's error body (RFC 6749 §5.2).",
        "required": [
          "error"
        ],
        "properties": {
          "error": {
            "type": "string",
            "description": "The OAuth error code, for example `invalid_client`, `invalid_request`, `invalid_scope` or `unauthorized_client`.",
            "examples": [
              "invalid_client"
            ]
          },
          "error_description": {
            "type": [
              "string",
              "null"
            ],
            "description": "A human-readable explanation.",
            "examples": [
              "Client authentication failed (e.g., unknown client, no client authentication included, or unsupported authentication method)."
            ]
          }
        }
      },
      "TokenRequest": {
        "type": "object",
        "description": "The client credentials token request (RFC 6749 §4.4.2), form-encoded.",
        "required": [
          "grant_type"
        ],
        "properties": {
          "grant_type": {
            "description": "Always `client_credentials`.",
            "type": "string",
            "enum": [
              "client_credentials"
            ]
          },
          "scope": {
            "type": "string",
            "default": "management:all",
            "description": "Requested scopes, separated by spaces."
          },
          "audience": {
            "type": "string",
            "description": "The token's audience; the SDK sends `{baseUrl}/api/{apiVersion}` unless configured otherwise.",
            "examples": [
              "https://api.kontext.security/api/v1"
            ]
          }
        }
      },
      "TokenResponse": {
        "type": "object",
        "description": "A successful token response (RFC 6749 §5.1).",
        "required": [
          "access_token",
          "token_type"
        ],
        "properties": {
          "access_token": {
            "type": "string",
            "description": "The bearer token for API requests.",
            "examples": [
              "ory_at_kT3lq2Yx9vR8W1mN0pZs4dQe7uFb6HcJ.Lr5aS2gV8nXo1iK3tYw9eP0mB4zC6uD7fQhA"
            ]
          },
          "token_type": {
            "type": "string",
            "description": "`Bearer`. Compare case-insensitively (RFC 6749 §7.1).",
            "examples": [
              "Bearer"
            ]
          },
          "expires_in": {
            "type": "integer",
            "description": "Lifetime of the token in seconds. Not documented; about one hour is typical.",
            "examples": [
              3599
            ]
          },
          "scope": {
            "type": [
              "string",
              "null"
            ],
            "description": "The granted scopes, separated by spaces.",
            "examples": [
              "management:all"
            ]
          }
        }
      },
      "ApplicationOAuthType": {
        "type": "string",
        "description": "`public` for clients that cannot keep a secret (CLI, desktop, browser); `confidential` for server-side clients.",
        "enum": [
          "public",
          "confidential"
        ]
      },
      "IntegrationCategory": {
        "type": "string",
        "description": "What kind of server the integration is.",
        "enum": [
          "gateway_remote_mcp",
          "internal_mcp_credentials"
        ]
      },
      "IntegrationAuthMode": {
        "type": "string",
        "description": "How Kontext authenticates to the server; `server_token` needs a `serverToken`.",
        "enum": [
          "none",
          "oauth",
          "user_token",
          "server_token"
        ]
      },
      "IntegrationValidationStatus": {
        "type": "string",
        "description": "The result of validating an integration.",
        "enum": [
          "pending",
          "valid",
          "invalid"
        ]
      },
      "AgentSessionStatus": {
        "type": "string",
        "description": "A session's stored state.",
        "enum": [
          "active",
          "disconnected"
        ]
      },
      "AgentSessionDerivedStatus": {
        "type": "string",
        "description": "A session's state computed from activity and token expiry.",
        "enum": [
          "active",
          "idle",
          "expired",
          "disconnected"
        ]
      },
      "AgentSessionStatusFilter": {
        "type": "string",
        "description": "Which sessions `listAgentSessions` returns.",
        "enum": [
          "active",
          "inactive",
          "all"
        ],
        "default": "active"
      },
      "TraceEventStatus": {
        "type": "string",
        "description": "`error_remote`: the server failed; `error_proxy`: Kontext failed; `error_auth`: authorization failed.",
        "enum": [
          "ok",
          "warn",
          "error_remote",
          "error_proxy",
          "error_auth"
        ]
      },
      "TraceStatsPeriod": {
        "type": "string",
        "description": "A period for `getTraceStats`, ending now.",
        "enum": [
          "1d",
          "7d",
          "30d"
        ],
        "default": "7d"
      },
      "Application": {
        "type": "object",
        "description": "An application registered with the organization.",
        "required": [
          "id",
          "name",
          "ownerUserId",
          "createdAt",
          "updatedAt",
          "archivedAt",
          "canModify",
          "activeSessionCount",
          "idleSessionCount",
          "liveSessionCount",
          "totalSessionCount",
          "mcpUrlTemplate",
          "integrations",
          "oauth"
        ],
        "properties": {
          "id": {
            "description": "The application's id.",
            "type": "string",
            "format": "uuid",
            "examples": [
              "550e8400-e29b-41d4-a716-446655440000"
            ]
          },
          "name": {
            "type": "string",
            "description": "Display name.",
            "examples": [
              "Support Copilot"
            ]
          },
          "description": {
            "description": "A free-text description of the application; null or absent when none was given.",
            "type": [
              "string",
              "null"
            ],
            "examples": [
              "Answers customer tickets with GitHub and Linear tools"
            ]
          },
          "ownerUserId": {
            "type": "string",
            "description": "The id of the user who created the application (not necessarily a UUID).",
            "examples": [
              "9b2f4c1e-7d3a-4e8b-a6f5-0c1d2e3f4a5b"
            ]
          },
          "createdAt": {
            "description": "When the application was created (an ISO 8601 timestamp).",
            "type": "string",
            "format": "date-time",
            "examples": [
              "2026-01-15T09:30:00.000Z"
            ]
          },
          "updatedAt": {
            "description": "When the application was last changed (an ISO 8601 timestamp).",
            "type": "string",
            "format": "date-time",
            "examples": [
              "2026-02-03T14:12:45.000Z"
            ]
          },
          "archivedAt": {
            "type": [
              "string",
              "null"
            ],
            "description": "When the application was archived (a timestamp); null unless archived.",
            "examples": [
              null,
              "2026-03-01T10:00:00.000Z"
            ]
          },
          "canModify": {
            "type": "boolean",
            "description": "Whether the caller can edit this application."
          },
          "activeSessionCount": {
            "type": "integer",
            "description": "Sessions currently active.",
            "examples": [
              3
            ]
          },
          "idleSessionCount": {
            "type": "integer",
            "description": "Sessions idle but not expired.",
            "examples": [
              1
            ]
          },
          "liveSessionCount": {
            "type": "integer",
            "description": "Sessions connected right now.",
            "examples": [
              2
            ]
          },
          "totalSessionCount": {
            "type": "integer",
            "description": "All sessions, in any state.",
            "examples": [
              42
            ]
          },
          "mcpUrlTemplate": {
            "type": [
              "string",
              "null"
            ],
            "description": "The MCP URL template generated for the application.",
            "examples": [
              "https://api.kontext.security/mcp/550e8400-e29b-41d4-a716-446655440000/{integrationId}"
            ]
          },
          "integrations": {
            "type": "array",
            "description": "The attached integrations.",
            "items": {
              "$ref": "#/components/schemas/ApplicationIntegration"
            }
          },
          "oauth": {
            "description": "The OAuth client configuration (never the secret here), or null.",
            "oneOf": [
              {
                "$ref": "#/components/schemas/ApplicationOAuth"
              },
              {
                "type": "null"
              }
            ]
          }
        }
      },
      "ApplicationIntegration": {
        "type": "object",
        "description": "Inferred: an integration as listed in `Application.integrations` (a summary of `Integration`).",
        "properties": {
          "id": {
            "description": "The application integration's id.",
            "type": [
              "string",
              "null"
            ],
            "examples": [
              "11111111-1111-4111-8111-111111111111"
            ]
          },
          "name": {
            "description": "The application integration's display name.",
            "type": [
              "string",
              "null"
            ],
            "examples": [
              "GitHub"
            ]
          },
          "url": {
            "description": "The URL of the integration's MCP server.",
            "type": [
              "string",
              "null"
            ],
            "examples": [
              "https://api.githubcopilot.com/mcp/"
            ]
          }
        }
      },
      "ApplicationOAuth": {
        "type": "object",
        "description": "An application's OAuth client configuration.",
        "required": [
          "type",
          "clientId",
          "redirectUris",
          "pkceRequired",
          "scopes",
          "allowedResources"
        ],
        "properties": {
          "type": {
            "$ref": "#/components/schemas/ApplicationOAuthType"
          },
          "clientId": {
            "type": "string",
            "description": "The OAuth client id, `app_<uuid>`.",
            "pattern": "^app_[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
            "examples": [
              "app_550e8400-e29b-41d4-a716-446655440000"
            ]
          },
          "clientSecret": {
            "type": [
              "string",
              "null"
            ],
            "description": "The client secret. Present only in create and rotate-secret answers, for confidential clients (absent or null for public ones); store it immediately.",
            "examples": [
              null,
              "kx_cs_Zq8mT3vXw1N6pR0sK9bLc2Hd7Jf4Ye5AuG3n"
            ]
          },
          "redirectUris": {
            "type": "array",
            "description": "Allowed OAuth redirect URIs.",
            "items": {
              "type": "string"
            },
            "examples": [
              [
                "https://support.example.com/oauth/callback"
              ]
            ]
          },
          "pkceRequired": {
            "type": "boolean",
            "description": "Whether PKCE is required for the authorization code flow."
          },
          "scopes": {
            "type": "array",
            "description": "Allowed OAuth scopes.",
            "items": {
              "type": "string"
            },
            "examples": [
              [
                "openid",
                "offline_access"
              ]
            ]
          },
          "allowedResources": {
            "type": "array",
            "description": "Allowed resource indicators (RFC 8707).",
            "items": {
              "type": "string"
            },
            "examples": [
              [
                "https://api.kontext.security/mcp"
              ]
            ]
          }
        }
      },
      "CreateApplicationInput": {
        "type": "object",
        "description": "The body of `createApplication`.",
        "required": [
          "name",
          "oauth"
        ],
        "properties": {
          "name": {
            "type": "string",
            "minLength": 1,
            "description": "Display name.",
            "examples": [
              "Support Copilot"
            ]
          },
          "description": {
            "description": "A free-text description of the application; null or absent when none was given.",
            "type": "string",
            "examples": [
              "Answers customer tickets with GitHub and Linear tools"
            ]
          },
          "oauth": {
            "$ref": "#/components/schemas/CreateApplicationOAuthInput"
          }
        }
      },
      "CreateApplicationOAuthInput": {
        "type": "object",
        "description": "The OAuth client to register with a new application.",
        "required": [
          "type",
          "redirectUris"
        ],
        "properties": {
          "type": {
            "$ref": "#/components/schemas/ApplicationOAuthType"
          },
          "redirectUris": {
            "type": "array",
            "description": "Allowed OAuth redirect URIs.",
            "items": {
              "type": "string",
              "format": "uri"
            },
            "examples": [
              [
                "https://support.example.com/oauth/callback"
              ]
            ]
          },
          "pkceRequired": {
            "type": "boolean",
            "default": true,
            "description": "Require PKCE for the authorization code flow."
          },
          "scopes": {
            "type": "array",
            "description": "Allowed OAuth scopes.",
            "items": {
              "type": "string"
            },
            "examples": [
              [
                "openid",
                "offline_access"
              ]
            ]
          },
          "allowedResources": {
            "type": "array",
            "description": "Allowed resource indicators.",
            "items": {
              "type": "string"
            },
            "examples": [
              [
                "https://api.kontext.security/mcp"
              ]
            ]
          }
        }
      },
      "UpdateApplicationInput": {
        "type": "object",
        "description": "The body of `updateApplication`. Send only the fields to change.",
        "minProperties": 1,
        "properties": {
          "name": {
            "description": "The application's display name.",
            "type": "string",
            "minLength": 1,
            "examples": [
              "Support Copilot (EU)"
            ]
          },
          "description": {
            "description": "A free-text description of the application; null or absent when none was given.",
            "type": "string",
            "examples": [
              "Answers customer tickets for the EU support team"
            ]
          }
        }
      },
      "UpdateApplicationOAuthInput": {
        "type": "object",
        "description": "The body of `updateApplicationOAuth`. Send only the fields to change.",
        "minProperties": 1,
        "properties": {
          "type": {
            "$ref": "#/components/schemas/ApplicationOAuthType"
          },
          "redirectUris": {
            "description": "Allowed OAuth redirect URIs (replaces the whole list).",
            "type": "array",
            "items": {
              "type": "string",
              "format": "uri"
            },
            "examples": [
              [
                "https://support.example.com/oauth/callback",
                "https://support.example.com/oauth/callback/eu"
              ]
            ]
          },
          "pkceRequired": {
            "description": "Whether PKCE is required for the authorization code flow.",
            "type": "boolean"
          },
          "scopes": {
            "description": "OAuth scopes.",
            "type": "array",
            "items": {
              "type": "string"
            },
            "examples": [
              [
                "openid",
                "offline_access"
              ]
            ]
          },
          "allowedResources": {
            "description": "Allowed resource indicators, RFC 8707 (replaces the whole list).",
            "type": "array",
            "items": {
              "type": "string"
            },
            "examples": [
              [
                "https://api.kontext.security/mcp"
              ]
            ]
          }
        }
      },
      "ApplicationList": {
        "type": "object",
        "description": "A page of applications.",
        "required": [
          "items"
        ],
        "properties": {
          "items": {
            "description": "The application items of this page, in the API's order.",
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/Application"
            }
          },
          "nextCursor": {
            "type": [
              "string",
              "null"
            ],
            "description": "Absent or null on the last page; pass it as `cursor` to get the next page.",
            "examples": [
              "eyJpZCI6IjZmMWMyZDNlLTRiNWEtNGM2ZC04ZTdmLTlhMGIxYzJkM2U0ZiJ9"
            ]
          }
        }
      },
      "ApplicationResponse": {
        "type": "object",
        "description": "One application, wrapped.",
        "required": [
          "application"
        ],
        "properties": {
          "application": {
            "$ref": "#/components/schemas/Application"
          }
        }
      },
      "CreateApplicationResponse": {
        "type": "object",
        "description": "The new application and its OAuth configuration, with `clientSecret` for confidential clients.",
        "required": [
          "application",
          "oauth"
        ],
        "properties": {
          "application": {
            "$ref": "#/components/schemas/Application"
          },
          "oauth": {
            "$ref": "#/components/schemas/ApplicationOAuth"
          }
        }
      },
      "ApplicationOAuthResponse": {
        "type": "object",
        "description": "An application's OAuth configuration, wrapped.",
        "required": [
          "oauth"
        ],
        "properties": {
          "oauth": {
            "$ref": "#/components/schemas/ApplicationOAuth"
          }
        }
      },
      "IntegrationIdList": {
        "type": "object",
        "description": "The ids of the integrations attached to an application.",
        "required": [
          "integrationIds"
        ],
        "properties": {
          "integrationIds": {
            "description": "The ids of the integrations attached to the application.",
            "type": "array",
            "items": {
              "type": "string"
            },
            "examples": [
              [
                "11111111-1111-4111-8111-111111111111",
                "22222222-2222-4222-8222-222222222222"
              ]
            ]
          }
        }
      },
      "SetApplicationIntegrationsInput": {
        "type": "object",
        "description": "The complete set of integrations to attach; any other attached integration is detached.",
        "required": [
          "integrationIds"
        ],
        "properties": {
          "integrationIds": {
            "description": "The ids of the integrations attached to the application.",
            "type": "array",
            "uniqueItems": true,
            "items": {
              "type": "string",
              "format": "uuid"
            },
            "examples": [
              [
                "11111111-1111-4111-8111-111111111111",
                "22222222-2222-4222-8222-222222222222"
              ]
            ]
          }
        }
      },
      "AccessGraph": {
        "type": "object",
        "description": "Inferred: the access graph is undocumented; modelled as applications and integrations (nodes) joined by access edges.",
        "properties": {
          "nodes": {
            "description": "The applications and integrations of the graph.",
            "type": [
              "array",
              "null"
            ],
            "items": {
              "$ref": "#/components/schemas/AccessGraphNode"
            }
          },
          "edges": {
            "description": "Which application may use which integration.",
            "type": [
              "array",
              "null"
            ],
            "items": {
              "$ref": "#/components/schemas/AccessGraphEdge"
            }
          }
        }
      },
      "AccessGraphNode": {
        "type": "object",
        "description": "Inferred: a node of the access graph.",
        "properties": {
          "id": {
            "type": [
              "string",
              "null"
            ],
            "description": "The application's or integration's id.",
            "examples": [
              "550e8400-e29b-41d4-a716-446655440000"
            ]
          },
          "type": {
            "type": [
              "string",
              "null"
            ],
            "description": "The kind of node, for example `application` or `integration`.",
            "examples": [
              "application"
            ]
          },
          "name": {
            "description": "The access graph node's display name.",
            "type": [
              "string",
              "null"
            ],
            "examples": [
              "Support Copilot"
            ]
          }
        }
      },
      "AccessGraphEdge": {
        "type": "object",
        "description": "Inferred: an edge of the access graph, from an application to an integration it can reach.",
        "properties": {
          "source": {
            "type": [
              "string",
              "null"
            ],
            "description": "The id of the source node.",
            "examples": [
              "550e8400-e29b-41d4-a716-446655440000"
            ]
          },
          "target": {
            "type": [
              "string",
              "null"
            ],
            "description": "The id of the target node.",
            "examples": [
              "11111111-1111-4111-8111-111111111111"
            ]
          },
          "policy": {
            "type": [
              "object",
              "null"
            ],
            "description": "Inferred: the computed policy overlay, with `includePolicy=true`, for example `{ \"level\": \"allow\" }`.",
            "additionalProperties": true,
            "examples": [
              {
                "level": "allow"
              }
            ]
          }
        }
      },
      "AgentSession": {
        "type": "object",
        "description": "An agent (MCP) session opened through an application. Timestamps are strings; their format is not documented.",
        "required": [
          "id",
          "name",
          "status",
          "derivedStatus",
          "createdAt",
          "agentId",
          "organizationId",
          "hostname",
          "userAgent",
          "clientInfo"
        ],
        "properties": {
          "id": {
            "description": "The agent session's id.",
            "type": "string",
            "format": "uuid",
            "examples": [
              "8d7c6b5a-4f3e-4d2c-9b1a-0f9e8d7c6b5a"
            ]
          },
          "name": {
            "description": "The agent session's display name.",
            "type": [
              "string",
              "null"
            ],
            "examples": [
              "Claude Desktop on mbp-jane"
            ]
          },
          "status": {
            "$ref": "#/components/schemas/AgentSessionStatus"
          },
          "derivedStatus": {
            "$ref": "#/components/schemas/AgentSessionDerivedStatus"
          },
          "tokenExpiresAt": {
            "description": "When the session's token expires (an ISO 8601 timestamp).",
            "type": [
              "string",
              "null"
            ],
            "examples": [
              "2026-02-10T11:00:00.000Z"
            ]
          },
          "lastActiveAt": {
            "description": "When the session last made a call (an ISO 8601 timestamp).",
            "type": [
              "string",
              "null"
            ],
            "examples": [
              "2026-02-10T10:12:31.000Z"
            ]
          },
          "connectedAt": {
            "description": "When the connection was made (an ISO 8601 timestamp).",
            "type": [
              "string",
              "null"
            ],
            "examples": [
              "2026-02-10T09:58:02.000Z"
            ]
          },
          "disconnectedAt": {
            "description": "When the session was disconnected (an ISO 8601 timestamp); null while connected.",
            "type": [
              "string",
              "null"
            ],
            "examples": [
              null,
              "2026-02-10T11:02:17.000Z"
            ]
          },
          "createdAt": {
            "description": "When the agent session was created (an ISO 8601 timestamp).",
            "type": [
              "string",
              "null"
            ],
            "examples": [
              "2026-02-10T09:58:02.000Z"
            ]
          },
          "agentId": {
            "type": [
              "string",
              "null"
            ],
            "description": "The application's id.",
            "examples": [
              "550e8400-e29b-41d4-a716-446655440000"
            ]
          },
          "organizationId": {
            "type": [
              "string",
              "null"
            ],
            "description": "The organization's id (not necessarily a UUID).",
            "examples": [
              "0a1b2c3d-4e5f-4a6b-8c7d-8e9f0a1b2c3d"
            ]
          },
          "hostname": {
            "description": "The host name of the machine the agent runs on, as it reported it.",
            "type": [
              "string",
              "null"
            ],
            "examples": [
              "mbp-jane.local"
            ]
          },
          "userAgent": {
            "description": "The agent's User-Agent string.",
            "type": [
              "string",
              "null"
            ],
            "examples": [
              "Claude/0.14.10 (darwin; arm64)"
            ]
          },
          "clientInfo": {
            "type": [
              "object",
              "null"
            ],
            "description": "The MCP client's self-description (`clientInfo` of the MCP initialize request), or null.",
            "properties": {
              "name": {
                "description": "The agent client's display name.",
                "type": [
                  "string",
                  "null"
                ],
                "examples": [
                  "claude-ai"
                ]
              },
              "version": {
                "description": "The agent client's version, as it reported it.",
                "type": [
                  "string",
                  "null"
                ],
                "examples": [
                  "0.1.0"
                ]
              }
            }
          }
        }
      },
      "AgentSessionList": {
        "type": "object",
        "description": "The sessions of an application (not cursor-paginated).",
        "required": [
          "items"
        ],
        "properties": {
          "items": {
            "description": "The agent session items of this page, in the API's order.",
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/AgentSession"
            }
          }
        }
      },
      "AgentSessionResponse": {
        "type": "object",
        "description": "One agent session, wrapped.",
        "required": [
          "session"
        ],
        "properties": {
          "session": {
            "$ref": "#/components/schemas/AgentSession"
          }
        }
      },
      "RevokeAgentSessionsResult": {
        "type": "object",
        "description": "The result of revoking all sessions of an application.",
        "required": [
          "success",
          "disconnectedCount"
        ],
        "properties": {
          "success": {
            "description": "Whether the sessions were revoked.",
            "type": "boolean"
          },
          "disconnectedCount": {
            "type": "integer",
            "description": "How many sessions were disconnected.",
            "examples": [
              2
            ]
          }
        }
      },
      "Integration": {
        "type": "object",
        "description": "An integration, an external MCP server your applications connect to. Timestamps are strings; their format is not documented.",
        "required": [
          "id",
          "name",
          "url",
          "category",
          "authMode",
          "capabilities",
          "oauth",
          "validationStatus",
          "serverTokenConfigured",
          "createdAt",
          "updatedAt"
        ],
        "properties": {
          "id": {
            "description": "The integration's id.",
            "type": "string",
            "format": "uuid",
            "examples": [
              "11111111-1111-4111-8111-111111111111"
            ]
          },
          "name": {
            "description": "The integration's display name.",
            "type": [
              "string",
              "null"
            ],
            "examples": [
              "GitHub"
            ]
          },
          "url": {
            "type": [
              "string",
              "null"
            ],
            "description": "The MCP server's URL.",
            "examples": [
              "https://api.githubcopilot.com/mcp/"
            ]
          },
          "category": {
            "description": "What kind of integration this is.",
            "oneOf": [
              {
                "$ref": "#/components/schemas/IntegrationCategory"
              },
              {
                "type": "null"
              }
            ]
          },
          "authMode": {
            "description": "How the integration authenticates to its server.",
            "oneOf": [
              {
                "$ref": "#/components/schemas/IntegrationAuthMode"
              },
              {
                "type": "null"
              }
            ]
          },
          "capabilities": {
            "description": "What the integration's server offers (tools, resources, prompts).",
            "oneOf": [
              {
                "$ref": "#/components/schemas/IntegrationCapabilities"
              },
              {
                "type": "null"
              }
            ]
          },
          "oauth": {
            "description": "The OAuth provider behind an `oauth` integration; may be empty or null for other modes.",
            "oneOf": [
              {
                "$ref": "#/components/schemas/IntegrationProviderOAuth"
              },
              {
                "type": "null"
              }
            ]
          },
          "validationStatus": {
            "description": "The last validation result; null until validated.",
            "oneOf": [
              {
                "$ref": "#/components/schemas/IntegrationValidationStatus"
              },
              {
                "type": "null"
              }
            ]
          },
          "serverTokenConfigured": {
            "type": [
              "boolean",
              "null"
            ],
            "description": "Whether a server token is stored (the token itself is never returned)."
          },
          "createdAt": {
            "description": "When the integration was created (an ISO 8601 timestamp).",
            "type": [
              "string",
              "null"
            ],
            "examples": [
              "2026-01-10T12:00:00.000Z"
            ]
          },
          "updatedAt": {
            "description": "When the integration was last changed (an ISO 8601 timestamp).",
            "type": [
              "string",
              "null"
            ],
            "examples": [
              "2026-01-12T08:30:00.000Z"
            ]
          }
        }
      },
      "IntegrationCapabilities": {
        "type": "object",
        "description": "Inferred from the create body: which MCP capabilities the integration's server offers.",
        "properties": {
          "tools": {
            "description": "Whether the server offers tools (or the tools it offers).",
            "type": [
              "boolean",
              "null"
            ]
          },
          "resources": {
            "description": "Whether the server offers resources (or the resources it offers).",
            "type": [
              "boolean",
              "null"
            ]
          },
          "prompts": {
            "description": "Whether the server offers prompts (or the prompts it offers).",
            "type": [
              "boolean",
              "null"
            ]
          }
        }
      },
      "IntegrationCapabilitiesInput": {
        "type": "object",
        "description": "Which MCP capabilities the integration's server offers.",
        "properties": {
          "tools": {
            "description": "Whether the server offers tools (or the tools it offers).",
            "type": "boolean"
          },
          "resources": {
            "description": "Whether the server offers resources (or the resources it offers).",
            "type": "boolean"
          },
          "prompts": {
            "description": "Whether the server offers prompts (or the prompts it offers).",
            "type": "boolean"
          }
        }
      },
      "IntegrationProviderOAuth": {
        "type": "object",
        "description": "Inferred from the create body: the OAuth provider behind an `oauth` integration.",
        "properties": {
          "provider": {
            "type": [
              "string",
              "null"
            ],
            "description": "The provider's name, for example `github`.",
            "examples": [
              "github"
            ]
          },
          "issuer": {
            "type": [
              "string",
              "null"
            ],
            "description": "The provider's issuer URL.",
            "examples": [
              "https://github.com"
            ]
          },
          "scopes": {
            "description": "OAuth scopes.",
            "type": [
              "array",
              "null"
            ],
            "items": {
              "type": "string"
            },
            "examples": [
              [
                "repo",
                "read:org"
              ]
            ]
          }
        }
      },
      "IntegrationProviderOAuthInput": {
        "type": "object",
        "description": "The OAuth provider behind an `oauth` integration.",
        "properties": {
          "provider": {
            "type": "string",
            "description": "The provider's name, for example `github`.",
            "examples": [
              "github"
            ]
          },
          "issuer": {
            "type": "string",
            "format": "uri",
            "description": "The provider's issuer URL.",
            "examples": [
              "https://github.com"
            ]
          },
          "scopes": {
            "description": "OAuth scopes.",
            "type": "array",
            "items": {
              "type": "string"
            },
            "examples": [
              [
                "repo",
                "read:org"
              ]
            ]
          }
        }
      },
      "CreateIntegrationInput": {
        "type": "object",
        "title": "Create an integration",
        "description": "The body of `createIntegration`. With `authMode: server_token` the body must carry `serverToken` (the first variant); with any other mode it is not needed (the second). `serverToken` is write-only.",
        "required": [
          "name",
          "url"
        ],
        "properties": {
          "name": {
            "description": "The integration's display name.",
            "type": "string",
            "minLength": 1,
            "examples": [
              "Internal Wiki"
            ]
          },
          "url": {
            "type": "string",
            "format": "uri",
            "description": "The MCP server's URL.",
            "examples": [
              "https://mcp.wiki.example.com/mcp"
            ]
          },
          "category": {
            "$ref": "#/components/schemas/IntegrationCategory"
          },
          "authMode": {
            "$ref": "#/components/schemas/IntegrationAuthMode"
          },
          "oauth": {
            "$ref": "#/components/schemas/IntegrationProviderOAuthInput"
          },
          "capabilities": {
            "$ref": "#/components/schemas/IntegrationCapabilitiesInput"
          },
          "credentialSchema": {
            "type": "object",
            "description": "A JSON Schema describing the credentials each user supplies (for `internal_mcp_credentials`).",
            "additionalProperties": true,
            "examples": [
              {
                "type": "object",
                "required": [
                  "apiKey"
                ],
                "properties": {
                  "apiKey": {
                    "type": "string",
                    "description": "Your wiki API key"
                  }
                }
              }
            ]
          },
          "serverToken": {
            "type": "string",
            "writeOnly": true,
            "minLength": 1,
            "description": "The token Kontext sends to the server. Required when `authMode` is `server_token`. Never returned.",
            "examples": [
              "wiki_srv_7Hq2Lm9Xc4Vb8Nz1Kd6Tf3Rp"
            ]
          }
        },
        "oneOf": [
          {
            "title": "With a server token (authMode server_token)",
            "required": [
              "authMode",
              "serverToken"
            ],
            "properties": {
              "authMode": {
                "description": "How the integration authenticates to its server.",
                "type": "string",
                "const": "server_token"
              },
              "serverToken": {
                "description": "The token the gateway sends to the integration's server. Write-only: never returned.",
                "type": "string",
                "examples": [
                  "wiki_srv_7Hq2Lm9Xc4Vb8Nz1Kd6Tf3Rp"
                ]
              }
            }
          },
          {
            "title": "Without a server token (authMode none, oauth or user_token; none when omitted)",
            "not": {
              "required": [
                "serverToken"
              ],
              "properties": {
                "serverToken": {
                  "description": "The token the gateway sends to the integration's server. Write-only: never returned.",
                  "type": "string"
                }
              }
            },
            "properties": {
              "authMode": {
                "description": "How the integration authenticates to its server.",
                "type": "string",
                "enum": [
                  "none",
                  "oauth",
                  "user_token"
                ]
              }
            }
          }
        ]
      },
      "UpdateIntegrationInput": {
        "type": "object",
        "description": "The body of `updateIntegration`. Send only the fields to change.",
        "minProperties": 1,
        "properties": {
          "name": {
            "description": "The integration's display name.",
            "type": "string",
            "minLength": 1,
            "examples": [
              "Internal Wiki (staging)"
            ]
          },
          "url": {
            "description": "The URL of the integration's MCP server.",
            "type": "string",
            "format": "uri",
            "examples": [
              "https://mcp.wiki-staging.example.com/mcp"
            ]
          },
          "category": {
            "$ref": "#/components/schemas/IntegrationCategory"
          },
          "authMode": {
            "$ref": "#/components/schemas/IntegrationAuthMode"
          },
          "oauth": {
            "$ref": "#/components/schemas/IntegrationProviderOAuthInput"
          },
          "capabilities": {
            "$ref": "#/components/schemas/IntegrationCapabilitiesInput"
          },
          "credentialSchema": {
            "description": "A JSON schema of the credentials users provide for this integration.",
            "type": "object",
            "additionalProperties": true,
            "examples": [
              {
                "type": "object",
                "required": [
                  "apiKey"
                ],
                "properties": {
                  "apiKey": {
                    "type": "string",
                    "description": "Your wiki API key"
                  }
                }
              }
            ]
          },
          "serverToken": {
            "type": "string",
            "writeOnly": true,
            "minLength": 1,
            "description": "A new server token. Never returned.",
            "examples": [
              "wiki_srv_3Jk8Pw1Qz6Ye4Ua9Hs2Gd7Mb"
            ]
          }
        }
      },
      "IntegrationList": {
        "type": "object",
        "description": "A page of integrations.",
        "required": [
          "items"
        ],
        "properties": {
          "items": {
            "description": "The integration items of this page, in the API's order.",
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/Integration"
            }
          },
          "nextCursor": {
            "type": [
              "string",
              "null"
            ],
            "description": "Absent or null on the last page; pass it as `cursor` to get the next page.",
            "examples": [
              "eyJpZCI6IjIyMjIyMjIyLTIyMjItNDIyMi04MjIyLTIyMjIyMjIyMjIyMiJ9"
            ]
          }
        }
      },
      "IntegrationResponse": {
        "type": "object",
        "description": "One integration, wrapped.",
        "required": [
          "integration"
        ],
        "properties": {
          "integration": {
            "$ref": "#/components/schemas/Integration"
          }
        }
      },
      "IntegrationValidation": {
        "type": "object",
        "description": "The result of validating an integration.",
        "required": [
          "status"
        ],
        "properties": {
          "status": {
            "$ref": "#/components/schemas/IntegrationValidationStatus"
          },
          "message": {
            "type": [
              "string",
              "null"
            ],
            "description": "Details, usually why validation failed.",
            "examples": [
              null,
              "MCP initialize failed: 401 Unauthorized from https://mcp.wiki.example.com/mcp"
            ]
          }
        }
      },
      "IntegrationOAuthConfig": {
        "type": "object",
        "description": "Inferred: the integration's own OAuth app configuration. The client secret is never returned.",
        "properties": {
          "clientId": {
            "description": "The OAuth client id.",
            "type": [
              "string",
              "null"
            ],
            "examples": [
              "Iv23liAbCdEfGh123456"
            ]
          },
          "authorizationUrl": {
            "description": "The OAuth authorization endpoint of the integration's provider.",
            "type": [
              "string",
              "null"
            ],
            "examples": [
              "https://github.com/login/oauth/authorize"
            ]
          },
          "tokenUrl": {
            "description": "The OAuth token endpoint of the integration's provider.",
            "type": [
              "string",
              "null"
            ],
            "examples": [
              "https://github.com/login/oauth/access_token"
            ]
          },
          "scopes": {
            "description": "OAuth scopes.",
            "type": [
              "array",
              "null"
            ],
            "items": {
              "type": "string"
            },
            "examples": [
              [
                "repo",
                "read:org"
              ]
            ]
          },
          "clientSecretConfigured": {
            "type": [
              "boolean",
              "null"
            ],
            "description": "Inferred: whether a client secret is stored."
          },
          "updatedAt": {
            "description": "When the integration oauth config was last changed (an ISO 8601 timestamp).",
            "type": [
              "string",
              "null"
            ],
            "examples": [
              "2026-01-12T08:30:00.000Z"
            ]
          }
        }
      },
      "SetIntegrationOAuthConfigInput": {
        "type": "object",
        "description": "The body of `setIntegrationOAuthConfig`.",
        "required": [
          "clientId",
          "clientSecret",
          "authorizationUrl",
          "tokenUrl",
          "scopes"
        ],
        "properties": {
          "clientId": {
            "description": "The OAuth client id.",
            "type": "string",
            "minLength": 1,
            "examples": [
              "Iv23liAbCdEfGh123456"
            ]
          },
          "clientSecret": {
            "type": "string",
            "writeOnly": true,
            "minLength": 1,
            "description": "Stored and never returned.",
            "examples": [
              "3f9c1e7a2b8d4c6e0a5f9b1d7c3e8a2f4b6d0c9e"
            ]
          },
          "authorizationUrl": {
            "description": "The OAuth authorization endpoint of the integration's provider.",
            "type": "string",
            "format": "uri",
            "examples": [
              "https://github.com/login/oauth/authorize"
            ]
          },
          "tokenUrl": {
            "description": "The OAuth token endpoint of the integration's provider.",
            "type": "string",
            "format": "uri",
            "examples": [
              "https://github.com/login/oauth/access_token"
            ]
          },
          "scopes": {
            "description": "OAuth scopes.",
            "type": "array",
            "items": {
              "type": "string"
            },
            "examples": [
              [
                "repo",
                "read:org"
              ]
            ]
          }
        }
      },
      "IntegrationOAuthConfigResponse": {
        "type": "object",
        "description": "The integration's OAuth app configuration, wrapped; `oauth` may be null before one is set.",
        "required": [
          "oauth"
        ],
        "properties": {
          "oauth": {
            "description": "The integration's OAuth app configuration, or null before one is set.",
            "oneOf": [
              {
                "$ref": "#/components/schemas/IntegrationOAuthConfig"
              },
              {
                "type": "null"
              }
            ]
          }
        }
      },
      "IntegrationConnection": {
        "type": "object",
        "description": "Inferred: the caller's connection to a `user_token` integration. The token is never returned.",
        "properties": {
          "status": {
            "type": [
              "string",
              "null"
            ],
            "description": "Inferred: for example `connected`, `not_connected` or `expired`.",
            "examples": [
              "connected"
            ]
          },
          "connectedAt": {
            "description": "When the connection was made (an ISO 8601 timestamp).",
            "type": [
              "string",
              "null"
            ],
            "examples": [
              "2026-02-14T09:12:00.000Z"
            ]
          },
          "expiresAt": {
            "type": [
              "string",
              "null"
            ],
            "description": "When the stored token expires; null if it does not or is unknown.",
            "examples": [
              null,
              "2026-05-14T09:12:00.000Z"
            ]
          }
        }
      },
      "CreateIntegrationConnectionInput": {
        "type": "object",
        "description": "The body of `createIntegrationConnection`.",
        "required": [
          "token"
        ],
        "properties": {
          "token": {
            "type": "string",
            "writeOnly": true,
            "minLength": 1,
            "description": "The caller's token for the integration's server. Never returned.",
            "examples": [
              "lin_api_9Xk2Qm7Wv4Rb1Nc8Td3Hs6Lp0Zf5Ya2Ue"
            ]
          }
        }
      },
      "IntegrationConnectionResponse": {
        "type": "object",
        "description": "Inferred: the connection, wrapped.",
        "properties": {
          "connection": {
            "description": "The caller's connection, or null when there is none.",
            "oneOf": [
              {
                "$ref": "#/components/schemas/IntegrationConnection"
              },
              {
                "type": "null"
              }
            ]
          }
        }
      },
      "ServiceAccount": {
        "type": "object",
        "description": "A service account's metadata, never with the secret. Its `id` is always present: the API addresses a service account by it (`/service-accounts/{id}`). Inferred: its other fields, which the service's reference does not list.",
        "required": [
          "id"
        ],
        "properties": {
          "id": {
            "type": "string",
            "description": "The service account's id, the UUID its paths take (`/service-accounts/{id}`); pass it from `create` straight to `get`, `rotateSecret` or `revoke`.",
            "examples": [
              "33333333-3333-4333-8333-333333333333"
            ]
          },
          "name": {
            "description": "The service account's display name.",
            "type": [
              "string",
              "null"
            ],
            "examples": [
              "CI Pipeline"
            ]
          },
          "description": {
            "description": "A free-text description of the service account; null or absent when none was given.",
            "type": [
              "string",
              "null"
            ],
            "examples": [
              "Used by GitHub Actions to manage integrations"
            ]
          },
          "clientId": {
            "type": [
              "string",
              "null"
            ],
            "description": "The OAuth client id, `sa_<uuid>`.",
            "examples": [
              "sa_33333333-3333-4333-8333-333333333333"
            ]
          },
          "createdAt": {
            "description": "When the service account was created (an ISO 8601 timestamp).",
            "type": [
              "string",
              "null"
            ],
            "examples": [
              "2026-01-20T08:00:00.000Z"
            ]
          }
        }
      },
      "ServiceAccountCredentials": {
        "type": "object",
        "description": "Client credentials for the token endpoint. Returned only on create and rotate; store the secret immediately.",
        "required": [
          "clientId",
          "clientSecret"
        ],
        "properties": {
          "clientId": {
            "description": "The OAuth client id.",
            "type": "string",
            "pattern": "^sa_[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
            "examples": [
              "sa_33333333-3333-4333-8333-333333333333"
            ]
          },
          "clientSecret": {
            "description": "The OAuth client secret. Returned only when created or rotated; store it immediately.",
            "type": "string",
            "examples": [
              "kx_sa_P3oI8uY1tR6eW9qA2sD5fG0hJ7kL4zX3cVbN"
            ]
          }
        }
      },
      "CreateServiceAccountInput": {
        "type": "object",
        "description": "The body of `createServiceAccount`.",
        "required": [
          "name"
        ],
        "properties": {
          "name": {
            "type": "string",
            "minLength": 1,
            "description": "Display name.",
            "examples": [
              "CI Pipeline"
            ]
          },
          "description": {
            "description": "A free-text description of the service account; null or absent when none was given.",
            "type": "string",
            "examples": [
              "Used by GitHub Actions to manage integrations"
            ]
          }
        }
      },
      "ServiceAccountList": {
        "type": "object",
        "description": "A page of service accounts, never with secrets.",
        "required": [
          "items",
          "nextCursor"
        ],
        "properties": {
          "items": {
            "description": "The service account items of this page, in the API's order.",
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/ServiceAccount"
            }
          },
          "nextCursor": {
            "type": [
              "string",
              "null"
            ],
            "description": "Null on the last page; otherwise pass it as `cursor` to get the next page.",
            "examples": [
              null,
              "eyJpZCI6IjU1NTU1NTU1LTU1NTUtNDU1NS04NTU1LTU1NTU1NTU1NTU1NSJ9"
            ]
          }
        }
      },
      "ServiceAccountResponse": {
        "type": "object",
        "description": "One service account, wrapped.",
        "required": [
          "serviceAccount"
        ],
        "properties": {
          "serviceAccount": {
            "$ref": "#/components/schemas/ServiceAccount"
          }
        }
      },
      "CreateServiceAccountResponse": {
        "type": "object",
        "description": "The new service account and its credentials.",
        "required": [
          "serviceAccount",
          "credentials"
        ],
        "properties": {
          "serviceAccount": {
            "$ref": "#/components/schemas/ServiceAccount"
          },
          "credentials": {
            "$ref": "#/components/schemas/ServiceAccountCredentials"
          }
        }
      },
      "ServiceAccountCredentialsResponse": {
        "type": "object",
        "description": "New credentials, wrapped.",
        "required": [
          "credentials"
        ],
        "properties": {
          "credentials": {
            "$ref": "#/components/schemas/ServiceAccountCredentials"
          }
        }
      },
      "Trace": {
        "type": "object",
        "description": "A tool execution trace. Field types are not documented; timestamps are strings.",
        "required": [
          "traceId",
          "sessionId",
          "startedAt",
          "endedAt",
          "eventCount",
          "okCount",
          "warnCount",
          "errorCount",
          "agentId",
          "agentName",
          "ownerUserId",
          "ownerEmail"
        ],
        "properties": {
          "traceId": {
            "type": "string",
            "description": "The trace's id, the one its path takes (`/traces/{traceId}`); an opaque string, not a UUID.",
            "examples": [
              "4bf92f3577b34da6a3ce929d0e0e4736"
            ]
          },
          "sessionId": {
            "type": [
              "string",
              "null"
            ],
            "description": "The MCP session the trace belongs to.",
            "examples": [
              "9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b"
            ]
          },
          "startedAt": {
            "description": "When the trace started (an ISO 8601 timestamp).",
            "type": [
              "string",
              "null"
            ],
            "examples": [
              "2026-02-10T10:12:30.120Z"
            ]
          },
          "endedAt": {
            "type": [
              "string",
              "null"
            ],
            "description": "Null while the trace is running.",
            "examples": [
              "2026-02-10T10:12:31.870Z"
            ]
          },
          "eventCount": {
            "description": "How many events (tool calls) the trace holds.",
            "type": [
              "integer",
              "null"
            ],
            "examples": [
              4
            ]
          },
          "okCount": {
            "description": "Events that succeeded.",
            "type": [
              "integer",
              "null"
            ],
            "examples": [
              3
            ]
          },
          "warnCount": {
            "description": "Events that succeeded with a warning.",
            "type": [
              "integer",
              "null"
            ],
            "examples": [
              0
            ]
          },
          "errorCount": {
            "description": "Events that failed.",
            "type": [
              "integer",
              "null"
            ],
            "examples": [
              1
            ]
          },
          "agentId": {
            "type": [
              "string",
              "null"
            ],
            "description": "The application's id.",
            "examples": [
              "550e8400-e29b-41d4-a716-446655440000"
            ]
          },
          "agentName": {
            "description": "The name of the application (agent) that made the calls.",
            "type": [
              "string",
              "null"
            ],
            "examples": [
              "Support Copilot"
            ]
          },
          "ownerUserId": {
            "description": "The id of the user the trace belongs to (not necessarily a UUID).",
            "type": [
              "string",
              "null"
            ],
            "examples": [
              "9b2f4c1e-7d3a-4e8b-a6f5-0c1d2e3f4a5b"
            ]
          },
          "ownerEmail": {
            "description": "The email address of the user the trace belongs to.",
            "type": [
              "string",
              "null"
            ],
            "examples": [
              "jane@example.com"
            ]
          },
          "agentSessionId": {
            "description": "The agent session the trace belongs to, when known.",
            "type": [
              "string",
              "null"
            ],
            "examples": [
              "8d7c6b5a-4f3e-4d2c-9b1a-0f9e8d7c6b5a"
            ]
          },
          "agentSessionName": {
            "description": "The name of that agent session, when known.",
            "type": [
              "string",
              "null"
            ],
            "examples": [
              "Claude Desktop on mbp-jane"
            ]
          }
        }
      },
      "TraceEvent": {
        "type": "object",
        "description": "One event of a trace. Inferred, except the values of `status`: the other fields come from the service's clients.",
        "properties": {
          "id": {
            "description": "The trace event's id.",
            "type": [
              "string",
              "null"
            ],
            "examples": [
              "a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d"
            ]
          },
          "traceId": {
            "description": "The trace the event belongs to.",
            "type": [
              "string",
              "null"
            ],
            "examples": [
              "4bf92f3577b34da6a3ce929d0e0e4736"
            ]
          },
          "sessionId": {
            "description": "The MCP session the event belongs to.",
            "type": [
              "string",
              "null"
            ],
            "examples": [
              "9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b"
            ]
          },
          "integrationId": {
            "description": "The integration whose server was called.",
            "type": [
              "string",
              "null"
            ],
            "examples": [
              "11111111-1111-4111-8111-111111111111"
            ]
          },
          "toolName": {
            "description": "The MCP tool that was called.",
            "type": [
              "string",
              "null"
            ],
            "examples": [
              "search_issues"
            ]
          },
          "eventType": {
            "type": [
              "string",
              "null"
            ],
            "description": "The kind of event, for example `tool_call`.",
            "examples": [
              "tool_call"
            ]
          },
          "status": {
            "description": "How the call ended.",
            "oneOf": [
              {
                "$ref": "#/components/schemas/TraceEventStatus"
              },
              {
                "type": "null"
              }
            ]
          },
          "durationMs": {
            "description": "How long the call took, in milliseconds.",
            "type": [
              "integer",
              "null"
            ],
            "examples": [
              412
            ]
          },
          "errorMessage": {
            "description": "Why the call failed; null when it did not.",
            "type": [
              "string",
              "null"
            ],
            "examples": [
              null,
              "Upstream returned 502 Bad Gateway"
            ]
          },
          "createdAt": {
            "description": "When the trace event was created (an ISO 8601 timestamp).",
            "type": [
              "string",
              "null"
            ],
            "examples": [
              "2026-02-10T10:12:30.532Z"
            ]
          }
        }
      },
      "TraceList": {
        "type": "object",
        "description": "A page of traces.",
        "required": [
          "items"
        ],
        "properties": {
          "items": {
            "description": "The trace items of this page, in the API's order.",
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/Trace"
            }
          },
          "nextCursor": {
            "type": [
              "string",
              "null"
            ],
            "description": "Absent or null on the last page; pass it as `cursor` to get the next page.",
            "examples": [
              "eyJpZCI6IjBhZjc2NTE5MTZjZDQzZGQ4NDQ4ZWIyMTFjODAzMTljIn0"
            ]
          }
        }
      },
      "TraceDetail": {
        "type": "object",
        "description": "A trace and its events.",
        "required": [
          "trace",
          "events"
        ],
        "properties": {
          "trace": {
            "$ref": "#/components/schemas/Trace"
          },
          "events": {
            "description": "The trace's events, in the order they happened.",
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/TraceEvent"
            }
          }
        }
      },
      "TraceStats": {
        "type": "object",
        "description": "Trace statistics over a period. Field types are not documented; inferred: the shape of `latency`, `eventCounts`, and of the items of `errorsByType` and `topTools`.",
        "required": [
          "totalTraces",
          "totalEvents",
          "eventCounts",
          "errorRate",
          "bytesTransferred",
          "errorsByType",
          "topTools"
        ],
        "properties": {
          "totalTraces": {
            "description": "Traces in the period.",
            "type": [
              "integer",
              "null"
            ],
            "examples": [
              1280
            ]
          },
          "totalEvents": {
            "description": "Events in the period.",
            "type": [
              "integer",
              "null"
            ],
            "examples": [
              9734
            ]
          },
          "eventCounts": {
            "type": [
              "object",
              "null"
            ],
            "description": "Inferred: event counts by status (`ok`, `warn`, `error_remote`, ...).",
            "additionalProperties": true,
            "examples": [
              {
                "ok": 9310,
                "warn": 214,
                "error_remote": 120,
                "error_proxy": 58,
                "error_auth": 32
              }
            ]
          },
          "errorRate": {
            "type": [
              "number",
              "null"
            ],
            "description": "Share of events that failed, in percent.",
            "examples": [
              2.15
            ]
          },
          "latency": {
            "type": [
              "object",
              "null"
            ],
            "description": "Inferred: latency percentiles in milliseconds.",
            "properties": {
              "p50": {
                "description": "Median latency, in milliseconds.",
                "type": [
                  "number",
                  "null"
                ],
                "examples": [
                  182
                ]
              },
              "p95": {
                "description": "95th percentile latency, in milliseconds.",
                "type": [
                  "number",
                  "null"
                ],
                "examples": [
                  940
                ]
              },
              "p99": {
                "description": "99th percentile latency, in milliseconds.",
                "type": [
                  "number",
                  "null"
                ],
                "examples": [
                  2210
                ]
              }
            }
          },
          "bytesTransferred": {
            "description": "Bytes sent to and received from integrations in the period.",
            "type": [
              "object",
              "null"
            ],
            "required": [
              "in",
              "out"
            ],
            "properties": {
              "in": {
                "description": "Bytes received from integrations.",
                "type": [
                  "integer",
                  "null"
                ],
                "examples": [
                  48213345
                ]
              },
              "out": {
                "description": "Bytes sent to integrations.",
                "type": [
                  "integer",
                  "null"
                ],
                "examples": [
                  9182734
                ]
              }
            }
          },
          "errorsByType": {
            "description": "Failed events counted by their status.",
            "type": [
              "array",
              "null"
            ],
            "items": {
              "type": "object",
              "description": "Inferred: failed events of one status.",
              "properties": {
                "type": {
                  "description": "The error status (`error_remote`, `error_proxy` or `error_auth`).",
                  "type": [
                    "string",
                    "null"
                  ],
                  "examples": [
                    "error_remote"
                  ]
                },
                "count": {
                  "description": "How many.",
                  "type": [
                    "integer",
                    "null"
                  ],
                  "examples": [
                    120
                  ]
                }
              }
            }
          },
          "topTools": {
            "description": "The most used tools, most used first.",
            "type": [
              "array",
              "null"
            ],
            "items": {
              "type": "object",
              "description": "Inferred: one of the most used tools.",
              "properties": {
                "toolName": {
                  "description": "The MCP tool that was called.",
                  "type": [
                    "string",
                    "null"
                  ],
                  "examples": [
                    "create_issue"
                  ]
                },
                "count": {
                  "description": "How many.",
                  "type": [
                    "integer",
                    "null"
                  ],
                  "examples": [
                    2140
                  ]
                }
              }
            }
          }
        }
      },
      "McpEvent": {
        "type": "object",
        "description": "Inferred: an MCP event as listed by `listMcpEvents`.",
        "properties": {
          "id": {
            "description": "The mcp event's id.",
            "type": [
              "string",
              "null"
            ],
            "examples": [
              "c3d4e5f6-a7b8-4c9d-8e0f-2a3b4c5d6e7f"
            ]
          },
          "sessionId": {
            "description": "The MCP session the event belongs to.",
            "type": [
              "string",
              "null"
            ],
            "examples": [
              "9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b"
            ]
          },
          "toolName": {
            "description": "The MCP tool that was called.",
            "type": [
              "string",
              "null"
            ],
            "examples": [
              "create_issue"
            ]
          },
          "eventType": {
            "type": [
              "string",
              "null"
            ],
            "description": "The kind of event, for example `tool_call`.",
            "examples": [
              "tool_call"
            ]
          },
          "status": {
            "type": [
              "string",
              "null"
            ],
            "description": "The outcome, for example `ok` or `error_remote` (see `TraceEventStatus`).",
            "examples": [
              "ok"
            ]
          },
          "durationMs": {
            "description": "How long the call took, in milliseconds.",
            "type": [
              "integer",
              "null"
            ],
            "examples": [
              388
            ]
          },
          "traceId": {
            "description": "The trace the event belongs to.",
            "type": [
              "string",
              "null"
            ],
            "examples": [
              "0af7651916cd43dd8448eb211c80319c"
            ]
          },
          "createdAt": {
            "description": "When the mcp event was created (an ISO 8601 timestamp).",
            "type": [
              "string",
              "null"
            ],
            "examples": [
              "2026-02-10T10:14:02.392Z"
            ]
          }
        }
      },
      "McpEventList": {
        "type": "object",
        "description": "Recent MCP events (not cursor-paginated).",
        "required": [
          "items"
        ],
        "properties": {
          "items": {
            "description": "The mcp event items of this page, in the API's order.",
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/McpEvent"
            }
          }
        }
      },
      "PolicySettings": {
        "type": "object",
        "description": "Inferred: the organization's policy settings, as the service's command line reads them.",
        "properties": {
          "policyEnabled": {
            "type": [
              "boolean",
              "null"
            ],
            "description": "Whether tool-access policies are enforced for the organization."
          }
        }
      },
      "PolicyRule": {
        "type": "object",
        "description": "Inferred: one tool-access policy rule. The values of its fields are not documented.",
        "properties": {
          "action": {
            "type": [
              "string",
              "null"
            ],
            "description": "What the rule does when it matches, for example `allow` or `deny`.",
            "examples": [
              "deny"
            ]
          },
          "scope": {
            "type": [
              "string",
              "null"
            ],
            "description": "Where the rule applies, for example `organization` or `application`.",
            "examples": [
              "organization"
            ]
          },
          "level": {
            "type": [
              "string",
              "null"
            ],
            "description": "What the rule matches on, for example `tool`.",
            "examples": [
              "tool"
            ]
          },
          "toolName": {
            "type": [
              "string",
              "null"
            ],
            "description": "The MCP tool the rule is about.",
            "examples": [
              "delete_repository"
            ]
          }
        }
      },
      "PolicyRuleList": {
        "type": "array",
        "description": "Inferred: every policy rule, as a bare array.",
        "items": {
          "$ref": "#/components/schemas/PolicyRule"
        }
      }
    }
  }
};
