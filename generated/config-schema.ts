// Generated from openapi.yaml by scripts/config-schema.mjs (npm run generate); do not edit (npm test fails on drift).
// The same schema ships as kontext.schema.json.
export const configSchema = {
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "$id": "https://unpkg.com/@kontext-dev/js-sdk/kontext.schema.json",
  "title": "kontext.yaml",
  "description": "The desired state of a Kontext organization for `kontext plan` and `kontext apply`, by name. Any string may be `${env:NAME}`. Generated from openapi.yaml by scripts/config-schema.mjs.",
  "type": "object",
  "additionalProperties": false,
  "properties": {
    "$schema": {
      "type": "string"
    },
    "integrations": {
      "type": "array",
      "items": {
        "$ref": "#/$defs/Integration"
      }
    },
    "applications": {
      "type": "array",
      "items": {
        "$ref": "#/$defs/Application"
      }
    },
    "serviceAccounts": {
      "type": "array",
      "items": {
        "$ref": "#/$defs/ServiceAccount"
      }
    }
  },
  "$defs": {
    "Integration": {
      "type": "object",
      "title": "Create an integration",
      "description": "An integration, keyed by its name; the fields of the spec's `CreateIntegrationInput`.",
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
          "$ref": "#/$defs/IntegrationCategory"
        },
        "authMode": {
          "$ref": "#/$defs/IntegrationAuthMode"
        },
        "oauth": {
          "$ref": "#/$defs/IntegrationProviderOAuthInput"
        },
        "capabilities": {
          "$ref": "#/$defs/IntegrationCapabilitiesInput"
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
          ],
          "x-kontext-compared": false
        },
        "serverToken": {
          "type": "string",
          "writeOnly": true,
          "minLength": 1,
          "description": "The token Kontext sends to the server. Required when `authMode` is `server_token`. Never returned.",
          "examples": [
            "wiki_srv_7Hq2Lm9Xc4Vb8Nz1Kd6Tf3Rp"
          ],
          "x-kontext-compared": false
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
      ],
      "additionalProperties": false
    },
    "Application": {
      "type": "object",
      "description": "An application, keyed by its name; the fields of the spec's `CreateApplicationInput`.",
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
          "$ref": "#/$defs/CreateApplicationOAuthInput"
        },
        "integrations": {
          "type": "array",
          "uniqueItems": true,
          "description": "The integrations attached to the application, by name; each must be declared under `integrations`. Omitted: none.",
          "items": {
            "type": "string",
            "minLength": 1
          }
        }
      },
      "additionalProperties": false
    },
    "ServiceAccount": {
      "type": "object",
      "description": "A service account, keyed by its name; the fields of the spec's `CreateServiceAccountInput`.",
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
      },
      "additionalProperties": false
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
      },
      "additionalProperties": false
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
      },
      "additionalProperties": false
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
          "$ref": "#/$defs/ApplicationOAuthType"
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
      },
      "additionalProperties": false
    },
    "ApplicationOAuthType": {
      "type": "string",
      "description": "`public` for clients that cannot keep a secret (CLI, desktop, browser); `confidential` for server-side clients.",
      "enum": [
        "public",
        "confidential"
      ]
    }
  }
} as const;
