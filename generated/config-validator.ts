// Generated from openapi.yaml by scripts/config-schema.mjs (npm run generate); do not edit (npm test fails on drift).
// @ts-nocheck: ajv's standalone code; src/cli/config/validate.ts gives it its type.
var __getOwnPropNames = Object.getOwnPropertyNames;
var __commonJS = (cb, mod) => function __require() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};

// node_modules/ajv/dist/runtime/ucs2length.js
var require_ucs2length = __commonJS({
  "node_modules/ajv/dist/runtime/ucs2length.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    function ucs2length(str) {
      const len = str.length;
      let length = 0;
      let pos = 0;
      let value;
      while (pos < len) {
        length++;
        value = str.charCodeAt(pos++);
        if (value >= 55296 && value <= 56319 && pos < len) {
          value = str.charCodeAt(pos);
          if ((value & 64512) === 56320)
            pos++;
        }
      }
      return length;
    }
    exports.default = ucs2length;
    ucs2length.code = 'require("ajv/dist/runtime/ucs2length").default';
  }
});

// node_modules/ajv-formats/dist/formats.js
var require_formats = __commonJS({
  "node_modules/ajv-formats/dist/formats.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.formatNames = exports.fastFormats = exports.fullFormats = void 0;
    function fmtDef(validate2, compare) {
      return { validate: validate2, compare };
    }
    exports.fullFormats = {
      // date: http://tools.ietf.org/html/rfc3339#section-5.6
      date: fmtDef(date, compareDate),
      // date-time: http://tools.ietf.org/html/rfc3339#section-5.6
      time: fmtDef(getTime(true), compareTime),
      "date-time": fmtDef(getDateTime(true), compareDateTime),
      "iso-time": fmtDef(getTime(), compareIsoTime),
      "iso-date-time": fmtDef(getDateTime(), compareIsoDateTime),
      // duration: https://tools.ietf.org/html/rfc3339#appendix-A
      duration: /^P(?!$)((\d+Y)?(\d+M)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+S)?)?|(\d+W)?)$/,
      uri,
      "uri-reference": /^(?:[a-z][a-z0-9+\-.]*:)?(?:\/?\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:]|%[0-9a-f]{2})*@)?(?:\[(?:(?:(?:(?:[0-9a-f]{1,4}:){6}|::(?:[0-9a-f]{1,4}:){5}|(?:[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){4}|(?:(?:[0-9a-f]{1,4}:){0,1}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){3}|(?:(?:[0-9a-f]{1,4}:){0,2}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){2}|(?:(?:[0-9a-f]{1,4}:){0,3}[0-9a-f]{1,4})?::[0-9a-f]{1,4}:|(?:(?:[0-9a-f]{1,4}:){0,4}[0-9a-f]{1,4})?::)(?:[0-9a-f]{1,4}:[0-9a-f]{1,4}|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?))|(?:(?:[0-9a-f]{1,4}:){0,5}[0-9a-f]{1,4})?::[0-9a-f]{1,4}|(?:(?:[0-9a-f]{1,4}:){0,6}[0-9a-f]{1,4})?::)|[Vv][0-9a-f]+\.[a-z0-9\-._~!$&'()*+,;=:]+)\]|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?)|(?:[a-z0-9\-._~!$&'"()*+,;=]|%[0-9a-f]{2})*)(?::\d*)?(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*|\/(?:(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*)?|(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*)?(?:\?(?:[a-z0-9\-._~!$&'"()*+,;=:@/?]|%[0-9a-f]{2})*)?(?:#(?:[a-z0-9\-._~!$&'"()*+,;=:@/?]|%[0-9a-f]{2})*)?$/i,
      // uri-template: https://tools.ietf.org/html/rfc6570
      "uri-template": /^(?:(?:[^\x00-\x20"'<>%\\^`{|}]|%[0-9a-f]{2})|\{[+#./;?&=,!@|]?(?:[a-z0-9_]|%[0-9a-f]{2})+(?::[1-9][0-9]{0,3}|\*)?(?:,(?:[a-z0-9_]|%[0-9a-f]{2})+(?::[1-9][0-9]{0,3}|\*)?)*\})*$/i,
      // For the source: https://gist.github.com/dperini/729294
      // For test cases: https://mathiasbynens.be/demo/url-regex
      url: /^(?:https?|ftp):\/\/(?:\S+(?::\S*)?@)?(?:(?!(?:10|127)(?:\.\d{1,3}){3})(?!(?:169\.254|192\.168)(?:\.\d{1,3}){2})(?!172\.(?:1[6-9]|2\d|3[0-1])(?:\.\d{1,3}){2})(?:[1-9]\d?|1\d\d|2[01]\d|22[0-3])(?:\.(?:1?\d{1,2}|2[0-4]\d|25[0-5])){2}(?:\.(?:[1-9]\d?|1\d\d|2[0-4]\d|25[0-4]))|(?:(?:[a-z0-9\u{00a1}-\u{ffff}]+-)*[a-z0-9\u{00a1}-\u{ffff}]+)(?:\.(?:[a-z0-9\u{00a1}-\u{ffff}]+-)*[a-z0-9\u{00a1}-\u{ffff}]+)*(?:\.(?:[a-z\u{00a1}-\u{ffff}]{2,})))(?::\d{2,5})?(?:\/[^\s]*)?$/iu,
      email: /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/i,
      hostname: /^(?=.{1,253}\.?$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[-0-9a-z]{0,61}[0-9a-z])?)*\.?$/i,
      // optimized https://www.safaribooksonline.com/library/view/regular-expressions-cookbook/9780596802837/ch07s16.html
      ipv4: /^(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/,
      ipv6: /^((([0-9a-f]{1,4}:){7}([0-9a-f]{1,4}|:))|(([0-9a-f]{1,4}:){6}(:[0-9a-f]{1,4}|((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3})|:))|(([0-9a-f]{1,4}:){5}(((:[0-9a-f]{1,4}){1,2})|:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3})|:))|(([0-9a-f]{1,4}:){4}(((:[0-9a-f]{1,4}){1,3})|((:[0-9a-f]{1,4})?:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){3}(((:[0-9a-f]{1,4}){1,4})|((:[0-9a-f]{1,4}){0,2}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){2}(((:[0-9a-f]{1,4}){1,5})|((:[0-9a-f]{1,4}){0,3}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){1}(((:[0-9a-f]{1,4}){1,6})|((:[0-9a-f]{1,4}){0,4}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(:(((:[0-9a-f]{1,4}){1,7})|((:[0-9a-f]{1,4}){0,5}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:)))$/i,
      regex,
      // uuid: http://tools.ietf.org/html/rfc4122
      uuid: /^(?:urn:uuid:)?[0-9a-f]{8}-(?:[0-9a-f]{4}-){3}[0-9a-f]{12}$/i,
      // JSON-pointer: https://tools.ietf.org/html/rfc6901
      // uri fragment: https://tools.ietf.org/html/rfc3986#appendix-A
      "json-pointer": /^(?:\/(?:[^~/]|~0|~1)*)*$/,
      "json-pointer-uri-fragment": /^#(?:\/(?:[a-z0-9_\-.!$&'()*+,;:=@]|%[0-9a-f]{2}|~0|~1)*)*$/i,
      // relative JSON-pointer: http://tools.ietf.org/html/draft-luff-relative-json-pointer-00
      "relative-json-pointer": /^(?:0|[1-9][0-9]*)(?:#|(?:\/(?:[^~/]|~0|~1)*)*)$/,
      // the following formats are used by the openapi specification: https://spec.openapis.org/oas/v3.0.0#data-types
      // byte: https://github.com/miguelmota/is-base64
      byte,
      // signed 32 bit integer
      int32: { type: "number", validate: validateInt32 },
      // signed 64 bit integer
      int64: { type: "number", validate: validateInt64 },
      // C-type float
      float: { type: "number", validate: validateNumber },
      // C-type double
      double: { type: "number", validate: validateNumber },
      // hint to the UI to hide input strings
      password: true,
      // unchecked string payload
      binary: true
    };
    exports.fastFormats = {
      ...exports.fullFormats,
      date: fmtDef(/^\d\d\d\d-[0-1]\d-[0-3]\d$/, compareDate),
      time: fmtDef(/^(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)$/i, compareTime),
      "date-time": fmtDef(/^\d\d\d\d-[0-1]\d-[0-3]\dt(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)$/i, compareDateTime),
      "iso-time": fmtDef(/^(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)?$/i, compareIsoTime),
      "iso-date-time": fmtDef(/^\d\d\d\d-[0-1]\d-[0-3]\d[t\s](?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)?$/i, compareIsoDateTime),
      // uri: https://github.com/mafintosh/is-my-json-valid/blob/master/formats.js
      uri: /^(?:[a-z][a-z0-9+\-.]*:)(?:\/?\/)?[^\s]*$/i,
      "uri-reference": /^(?:(?:[a-z][a-z0-9+\-.]*:)?\/?\/)?(?:[^\\\s#][^\s#]*)?(?:#[^\\\s]*)?$/i,
      // email (sources from jsen validator):
      // http://stackoverflow.com/questions/201323/using-a-regular-expression-to-validate-an-email-address#answer-8829363
      // http://www.w3.org/TR/html5/forms.html#valid-e-mail-address (search for 'wilful violation')
      email: /^[a-z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/i
    };
    exports.formatNames = Object.keys(exports.fullFormats);
    function isLeapYear(year) {
      return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
    }
    var DATE = /^(\d\d\d\d)-(\d\d)-(\d\d)$/;
    var DAYS = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
    function date(str) {
      const matches = DATE.exec(str);
      if (!matches)
        return false;
      const year = +matches[1];
      const month = +matches[2];
      const day = +matches[3];
      return month >= 1 && month <= 12 && day >= 1 && day <= (month === 2 && isLeapYear(year) ? 29 : DAYS[month]);
    }
    function compareDate(d1, d2) {
      if (!(d1 && d2))
        return void 0;
      if (d1 > d2)
        return 1;
      if (d1 < d2)
        return -1;
      return 0;
    }
    var TIME = /^(\d\d):(\d\d):(\d\d(?:\.\d+)?)(z|([+-])(\d\d)(?::?(\d\d))?)?$/i;
    function getTime(strictTimeZone) {
      return function time(str) {
        const matches = TIME.exec(str);
        if (!matches)
          return false;
        const hr = +matches[1];
        const min = +matches[2];
        const sec = +matches[3];
        const tz = matches[4];
        const tzSign = matches[5] === "-" ? -1 : 1;
        const tzH = +(matches[6] || 0);
        const tzM = +(matches[7] || 0);
        if (tzH > 23 || tzM > 59 || strictTimeZone && !tz)
          return false;
        if (hr <= 23 && min <= 59 && sec < 60)
          return true;
        const utcMin = min - tzM * tzSign;
        const utcHr = hr - tzH * tzSign - (utcMin < 0 ? 1 : 0);
        return (utcHr === 23 || utcHr === -1) && (utcMin === 59 || utcMin === -1) && sec < 61;
      };
    }
    function compareTime(s1, s2) {
      if (!(s1 && s2))
        return void 0;
      const t1 = (/* @__PURE__ */ new Date("2020-01-01T" + s1)).valueOf();
      const t2 = (/* @__PURE__ */ new Date("2020-01-01T" + s2)).valueOf();
      if (!(t1 && t2))
        return void 0;
      return t1 - t2;
    }
    function compareIsoTime(t1, t2) {
      if (!(t1 && t2))
        return void 0;
      const a1 = TIME.exec(t1);
      const a2 = TIME.exec(t2);
      if (!(a1 && a2))
        return void 0;
      t1 = a1[1] + a1[2] + a1[3];
      t2 = a2[1] + a2[2] + a2[3];
      if (t1 > t2)
        return 1;
      if (t1 < t2)
        return -1;
      return 0;
    }
    var DATE_TIME_SEPARATOR = /t|\s/i;
    function getDateTime(strictTimeZone) {
      const time = getTime(strictTimeZone);
      return function date_time(str) {
        const dateTime = str.split(DATE_TIME_SEPARATOR);
        return dateTime.length === 2 && date(dateTime[0]) && time(dateTime[1]);
      };
    }
    function compareDateTime(dt1, dt2) {
      if (!(dt1 && dt2))
        return void 0;
      const d1 = new Date(dt1).valueOf();
      const d2 = new Date(dt2).valueOf();
      if (!(d1 && d2))
        return void 0;
      return d1 - d2;
    }
    function compareIsoDateTime(dt1, dt2) {
      if (!(dt1 && dt2))
        return void 0;
      const [d1, t1] = dt1.split(DATE_TIME_SEPARATOR);
      const [d2, t2] = dt2.split(DATE_TIME_SEPARATOR);
      const res = compareDate(d1, d2);
      if (res === void 0)
        return void 0;
      return res || compareTime(t1, t2);
    }
    var NOT_URI_FRAGMENT = /\/|:/;
    var URI = /^(?:[a-z][a-z0-9+\-.]*:)(?:\/?\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:]|%[0-9a-f]{2})*@)?(?:\[(?:(?:(?:(?:[0-9a-f]{1,4}:){6}|::(?:[0-9a-f]{1,4}:){5}|(?:[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){4}|(?:(?:[0-9a-f]{1,4}:){0,1}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){3}|(?:(?:[0-9a-f]{1,4}:){0,2}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){2}|(?:(?:[0-9a-f]{1,4}:){0,3}[0-9a-f]{1,4})?::[0-9a-f]{1,4}:|(?:(?:[0-9a-f]{1,4}:){0,4}[0-9a-f]{1,4})?::)(?:[0-9a-f]{1,4}:[0-9a-f]{1,4}|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?))|(?:(?:[0-9a-f]{1,4}:){0,5}[0-9a-f]{1,4})?::[0-9a-f]{1,4}|(?:(?:[0-9a-f]{1,4}:){0,6}[0-9a-f]{1,4})?::)|[Vv][0-9a-f]+\.[a-z0-9\-._~!$&'()*+,;=:]+)\]|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?)|(?:[a-z0-9\-._~!$&'()*+,;=]|%[0-9a-f]{2})*)(?::\d*)?(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*|\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*)?|(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*)(?:\?(?:[a-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9a-f]{2})*)?(?:#(?:[a-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9a-f]{2})*)?$/i;
    function uri(str) {
      return NOT_URI_FRAGMENT.test(str) && URI.test(str);
    }
    var BYTE = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/gm;
    function byte(str) {
      BYTE.lastIndex = 0;
      return BYTE.test(str);
    }
    var MIN_INT32 = -(2 ** 31);
    var MAX_INT32 = 2 ** 31 - 1;
    function validateInt32(value) {
      return Number.isInteger(value) && value <= MAX_INT32 && value >= MIN_INT32;
    }
    function validateInt64(value) {
      return Number.isInteger(value);
    }
    function validateNumber() {
      return true;
    }
    var Z_ANCHOR = /[^\\]\\Z/;
    function regex(str) {
      if (Z_ANCHOR.test(str))
        return false;
      try {
        new RegExp(str);
        return true;
      } catch (e) {
        return false;
      }
    }
  }
});

// <stdin>
var validate = validate20;
var stdin_default = validate20;
var schema31 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://unpkg.com/@kontext-dev/js-sdk/kontext.schema.json", "title": "kontext.yaml", "description": "The desired state of a Kontext organization for `kontext plan` and `kontext apply`, by name. Any string may be `${env:NAME}`. Generated from openapi.yaml by scripts/config-schema.mjs.", "type": "object", "additionalProperties": false, "properties": { "$schema": { "type": "string" }, "integrations": { "type": "array", "items": { "$ref": "#/$defs/Integration" } }, "applications": { "type": "array", "items": { "$ref": "#/$defs/Application" } }, "serviceAccounts": { "type": "array", "items": { "$ref": "#/$defs/ServiceAccount" } } }, "$defs": { "Integration": { "type": "object", "title": "Create an integration", "description": "An integration, keyed by its name; the fields of the spec's `CreateIntegrationInput`.", "required": ["name", "url"], "properties": { "name": { "description": "The integration's display name.", "type": "string", "minLength": 1, "examples": ["Internal Wiki"] }, "url": { "type": "string", "format": "uri", "description": "The MCP server's URL.", "examples": ["https://mcp.wiki.example.com/mcp"] }, "category": { "$ref": "#/$defs/IntegrationCategory" }, "authMode": { "$ref": "#/$defs/IntegrationAuthMode" }, "oauth": { "$ref": "#/$defs/IntegrationProviderOAuthInput" }, "capabilities": { "$ref": "#/$defs/IntegrationCapabilitiesInput" }, "credentialSchema": { "type": "object", "description": "A JSON Schema describing the credentials each user supplies (for `internal_mcp_credentials`).", "additionalProperties": true, "examples": [{ "type": "object", "required": ["apiKey"], "properties": { "apiKey": { "type": "string", "description": "Your wiki API key" } } }], "x-kontext-compared": false }, "serverToken": { "type": "string", "writeOnly": true, "minLength": 1, "description": "The token Kontext sends to the server. Required when `authMode` is `server_token`. Never returned.", "examples": ["wiki_srv_7Hq2Lm9Xc4Vb8Nz1Kd6Tf3Rp"], "x-kontext-compared": false } }, "oneOf": [{ "title": "With a server token (authMode server_token)", "required": ["authMode", "serverToken"], "properties": { "authMode": { "description": "How the integration authenticates to its server.", "type": "string", "const": "server_token" }, "serverToken": { "description": "The token the gateway sends to the integration's server. Write-only: never returned.", "type": "string", "examples": ["wiki_srv_7Hq2Lm9Xc4Vb8Nz1Kd6Tf3Rp"] } } }, { "title": "Without a server token (authMode none, oauth or user_token; none when omitted)", "not": { "required": ["serverToken"], "properties": { "serverToken": { "description": "The token the gateway sends to the integration's server. Write-only: never returned.", "type": "string" } } }, "properties": { "authMode": { "description": "How the integration authenticates to its server.", "type": "string", "enum": ["none", "oauth", "user_token"] } } }], "additionalProperties": false }, "Application": { "type": "object", "description": "An application, keyed by its name; the fields of the spec's `CreateApplicationInput`.", "required": ["name", "oauth"], "properties": { "name": { "type": "string", "minLength": 1, "description": "Display name.", "examples": ["Support Copilot"] }, "description": { "description": "A free-text description of the application; null or absent when none was given.", "type": "string", "examples": ["Answers customer tickets with GitHub and Linear tools"] }, "oauth": { "$ref": "#/$defs/CreateApplicationOAuthInput" }, "integrations": { "type": "array", "uniqueItems": true, "description": "The integrations attached to the application, by name; each must be declared under `integrations`. Omitted: none.", "items": { "type": "string", "minLength": 1 } } }, "additionalProperties": false }, "ServiceAccount": { "type": "object", "description": "A service account, keyed by its name; the fields of the spec's `CreateServiceAccountInput`.", "required": ["name"], "properties": { "name": { "type": "string", "minLength": 1, "description": "Display name.", "examples": ["CI Pipeline"] }, "description": { "description": "A free-text description of the service account; null or absent when none was given.", "type": "string", "examples": ["Used by GitHub Actions to manage integrations"] } }, "additionalProperties": false }, "IntegrationCategory": { "type": "string", "description": "What kind of server the integration is.", "enum": ["gateway_remote_mcp", "internal_mcp_credentials"] }, "IntegrationAuthMode": { "type": "string", "description": "How Kontext authenticates to the server; `server_token` needs a `serverToken`.", "enum": ["none", "oauth", "user_token", "server_token"] }, "IntegrationProviderOAuthInput": { "type": "object", "description": "The OAuth provider behind an `oauth` integration.", "properties": { "provider": { "type": "string", "description": "The provider's name, for example `github`.", "examples": ["github"] }, "issuer": { "type": "string", "format": "uri", "description": "The provider's issuer URL.", "examples": ["https://github.com"] }, "scopes": { "description": "OAuth scopes.", "type": "array", "items": { "type": "string" }, "examples": [["repo", "read:org"]] } }, "additionalProperties": false }, "IntegrationCapabilitiesInput": { "type": "object", "description": "Which MCP capabilities the integration's server offers.", "properties": { "tools": { "description": "Whether the server offers tools (or the tools it offers).", "type": "boolean" }, "resources": { "description": "Whether the server offers resources (or the resources it offers).", "type": "boolean" }, "prompts": { "description": "Whether the server offers prompts (or the prompts it offers).", "type": "boolean" } }, "additionalProperties": false }, "CreateApplicationOAuthInput": { "type": "object", "description": "The OAuth client to register with a new application.", "required": ["type", "redirectUris"], "properties": { "type": { "$ref": "#/$defs/ApplicationOAuthType" }, "redirectUris": { "type": "array", "description": "Allowed OAuth redirect URIs.", "items": { "type": "string", "format": "uri" }, "examples": [["https://support.example.com/oauth/callback"]] }, "pkceRequired": { "type": "boolean", "default": true, "description": "Require PKCE for the authorization code flow." }, "scopes": { "type": "array", "description": "Allowed OAuth scopes.", "items": { "type": "string" }, "examples": [["openid", "offline_access"]] }, "allowedResources": { "type": "array", "description": "Allowed resource indicators.", "items": { "type": "string" }, "examples": [["https://api.kontext.security/mcp"]] } }, "additionalProperties": false }, "ApplicationOAuthType": { "type": "string", "description": "`public` for clients that cannot keep a secret (CLI, desktop, browser); `confidential` for server-side clients.", "enum": ["public", "confidential"] } } };
var schema40 = { "type": "object", "description": "A service account, keyed by its name; the fields of the spec's `CreateServiceAccountInput`.", "required": ["name"], "properties": { "name": { "type": "string", "minLength": 1, "description": "Display name.", "examples": ["CI Pipeline"] }, "description": { "description": "A free-text description of the service account; null or absent when none was given.", "type": "string", "examples": ["Used by GitHub Actions to manage integrations"] } }, "additionalProperties": false };
var schema32 = { "type": "object", "title": "Create an integration", "description": "An integration, keyed by its name; the fields of the spec's `CreateIntegrationInput`.", "required": ["name", "url"], "properties": { "name": { "description": "The integration's display name.", "type": "string", "minLength": 1, "examples": ["Internal Wiki"] }, "url": { "type": "string", "format": "uri", "description": "The MCP server's URL.", "examples": ["https://mcp.wiki.example.com/mcp"] }, "category": { "$ref": "#/$defs/IntegrationCategory" }, "authMode": { "$ref": "#/$defs/IntegrationAuthMode" }, "oauth": { "$ref": "#/$defs/IntegrationProviderOAuthInput" }, "capabilities": { "$ref": "#/$defs/IntegrationCapabilitiesInput" }, "credentialSchema": { "type": "object", "description": "A JSON Schema describing the credentials each user supplies (for `internal_mcp_credentials`).", "additionalProperties": true, "examples": [{ "type": "object", "required": ["apiKey"], "properties": { "apiKey": { "type": "string", "description": "Your wiki API key" } } }], "x-kontext-compared": false }, "serverToken": { "type": "string", "writeOnly": true, "minLength": 1, "description": "The token Kontext sends to the server. Required when `authMode` is `server_token`. Never returned.", "examples": ["wiki_srv_7Hq2Lm9Xc4Vb8Nz1Kd6Tf3Rp"], "x-kontext-compared": false } }, "oneOf": [{ "title": "With a server token (authMode server_token)", "required": ["authMode", "serverToken"], "properties": { "authMode": { "description": "How the integration authenticates to its server.", "type": "string", "const": "server_token" }, "serverToken": { "description": "The token the gateway sends to the integration's server. Write-only: never returned.", "type": "string", "examples": ["wiki_srv_7Hq2Lm9Xc4Vb8Nz1Kd6Tf3Rp"] } } }, { "title": "Without a server token (authMode none, oauth or user_token; none when omitted)", "not": { "required": ["serverToken"], "properties": { "serverToken": { "description": "The token the gateway sends to the integration's server. Write-only: never returned.", "type": "string" } } }, "properties": { "authMode": { "description": "How the integration authenticates to its server.", "type": "string", "enum": ["none", "oauth", "user_token"] } } }], "additionalProperties": false };
var schema33 = { "type": "string", "description": "What kind of server the integration is.", "enum": ["gateway_remote_mcp", "internal_mcp_credentials"] };
var schema34 = { "type": "string", "description": "How Kontext authenticates to the server; `server_token` needs a `serverToken`.", "enum": ["none", "oauth", "user_token", "server_token"] };
var schema35 = { "type": "object", "description": "The OAuth provider behind an `oauth` integration.", "properties": { "provider": { "type": "string", "description": "The provider's name, for example `github`.", "examples": ["github"] }, "issuer": { "type": "string", "format": "uri", "description": "The provider's issuer URL.", "examples": ["https://github.com"] }, "scopes": { "description": "OAuth scopes.", "type": "array", "items": { "type": "string" }, "examples": [["repo", "read:org"]] } }, "additionalProperties": false };
var schema36 = { "type": "object", "description": "Which MCP capabilities the integration's server offers.", "properties": { "tools": { "description": "Whether the server offers tools (or the tools it offers).", "type": "boolean" }, "resources": { "description": "Whether the server offers resources (or the resources it offers).", "type": "boolean" }, "prompts": { "description": "Whether the server offers prompts (or the prompts it offers).", "type": "boolean" } }, "additionalProperties": false };
var func1 = require_ucs2length().default;
var formats0 = require_formats().fullFormats.uri;
function validate21(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate21.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  const _errs1 = errors;
  let valid0 = false;
  let passing0 = null;
  const _errs2 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.authMode === void 0) {
      const err0 = { instancePath, schemaPath: "#/oneOf/0/required", keyword: "required", params: { missingProperty: "authMode" }, message: "must have required property 'authMode'", schema: schema32.oneOf[0].required, parentSchema: schema32.oneOf[0], data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.serverToken === void 0) {
      const err1 = { instancePath, schemaPath: "#/oneOf/0/required", keyword: "required", params: { missingProperty: "serverToken" }, message: "must have required property 'serverToken'", schema: schema32.oneOf[0].required, parentSchema: schema32.oneOf[0], data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.authMode !== void 0) {
      let data0 = data.authMode;
      if (typeof data0 !== "string") {
        const err2 = { instancePath: instancePath + "/authMode", schemaPath: "#/oneOf/0/properties/authMode/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.oneOf[0].properties.authMode.type, parentSchema: schema32.oneOf[0].properties.authMode, data: data0 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
      if ("server_token" !== data0) {
        const err3 = { instancePath: instancePath + "/authMode", schemaPath: "#/oneOf/0/properties/authMode/const", keyword: "const", params: { allowedValue: "server_token" }, message: "must be equal to constant", schema: "server_token", parentSchema: schema32.oneOf[0].properties.authMode, data: data0 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.serverToken !== void 0) {
      let data1 = data.serverToken;
      if (typeof data1 !== "string") {
        const err4 = { instancePath: instancePath + "/serverToken", schemaPath: "#/oneOf/0/properties/serverToken/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.oneOf[0].properties.serverToken.type, parentSchema: schema32.oneOf[0].properties.serverToken, data: data1 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
  }
  var _valid0 = _errs2 === errors;
  if (_valid0) {
    valid0 = true;
    passing0 = 0;
    var props0 = {};
    props0.authMode = true;
    props0.serverToken = true;
  }
  const _errs7 = errors;
  const _errs8 = errors;
  const _errs9 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    let missing0;
    if (data.serverToken === void 0 && (missing0 = "serverToken")) {
      const err5 = {};
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    } else {
      if (data.serverToken !== void 0) {
        if (typeof data.serverToken !== "string") {
          const err6 = {};
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      }
    }
  }
  var valid2 = _errs9 === errors;
  if (valid2) {
    const err7 = { instancePath, schemaPath: "#/oneOf/1/not", keyword: "not", params: {}, message: "must NOT be valid", schema: schema32.oneOf[1].not, parentSchema: schema32.oneOf[1], data };
    if (vErrors === null) {
      vErrors = [err7];
    } else {
      vErrors.push(err7);
    }
    errors++;
  } else {
    errors = _errs8;
    if (vErrors !== null) {
      if (_errs8) {
        vErrors.length = _errs8;
      } else {
        vErrors = null;
      }
    }
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.authMode !== void 0) {
      let data3 = data.authMode;
      if (typeof data3 !== "string") {
        const err8 = { instancePath: instancePath + "/authMode", schemaPath: "#/oneOf/1/properties/authMode/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.oneOf[1].properties.authMode.type, parentSchema: schema32.oneOf[1].properties.authMode, data: data3 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
      if (!(data3 === "none" || data3 === "oauth" || data3 === "user_token")) {
        const err9 = { instancePath: instancePath + "/authMode", schemaPath: "#/oneOf/1/properties/authMode/enum", keyword: "enum", params: { allowedValues: schema32.oneOf[1].properties.authMode.enum }, message: "must be equal to one of the allowed values", schema: schema32.oneOf[1].properties.authMode.enum, parentSchema: schema32.oneOf[1].properties.authMode, data: data3 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
  }
  var _valid0 = _errs7 === errors;
  if (_valid0 && valid0) {
    valid0 = false;
    passing0 = [passing0, 1];
  } else {
    if (_valid0) {
      valid0 = true;
      passing0 = 1;
      if (props0 !== true) {
        props0 = props0 || {};
        props0.authMode = true;
      }
    }
  }
  if (!valid0) {
    const err10 = { instancePath, schemaPath: "#/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf", schema: schema32.oneOf, parentSchema: schema32, data };
    if (vErrors === null) {
      vErrors = [err10];
    } else {
      vErrors.push(err10);
    }
    errors++;
  } else {
    errors = _errs1;
    if (vErrors !== null) {
      if (_errs1) {
        vErrors.length = _errs1;
      } else {
        vErrors = null;
      }
    }
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.name === void 0) {
      const err11 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema32.required, parentSchema: schema32, data };
      if (vErrors === null) {
        vErrors = [err11];
      } else {
        vErrors.push(err11);
      }
      errors++;
    }
    if (data.url === void 0) {
      const err12 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "url" }, message: "must have required property 'url'", schema: schema32.required, parentSchema: schema32, data };
      if (vErrors === null) {
        vErrors = [err12];
      } else {
        vErrors.push(err12);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "name" || key0 === "url" || key0 === "category" || key0 === "authMode" || key0 === "oauth" || key0 === "capabilities" || key0 === "credentialSchema" || key0 === "serverToken")) {
        const err13 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema32, data };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.name !== void 0) {
      let data4 = data.name;
      if (typeof data4 === "string") {
        if (func1(data4) < 1) {
          const err14 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema32.properties.name, data: data4 };
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
      } else {
        const err15 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.properties.name.type, parentSchema: schema32.properties.name, data: data4 };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.url !== void 0) {
      let data5 = data.url;
      if (typeof data5 === "string") {
        if (!formats0(data5)) {
          const err16 = { instancePath: instancePath + "/url", schemaPath: "#/properties/url/format", keyword: "format", params: { format: "uri" }, message: 'must match format "uri"', schema: "uri", parentSchema: schema32.properties.url, data: data5 };
          if (vErrors === null) {
            vErrors = [err16];
          } else {
            vErrors.push(err16);
          }
          errors++;
        }
      } else {
        const err17 = { instancePath: instancePath + "/url", schemaPath: "#/properties/url/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.properties.url.type, parentSchema: schema32.properties.url, data: data5 };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
    if (data.category !== void 0) {
      let data6 = data.category;
      if (typeof data6 !== "string") {
        const err18 = { instancePath: instancePath + "/category", schemaPath: "#/$defs/IntegrationCategory/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.type, parentSchema: schema33, data: data6 };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
      if (!(data6 === "gateway_remote_mcp" || data6 === "internal_mcp_credentials")) {
        const err19 = { instancePath: instancePath + "/category", schemaPath: "#/$defs/IntegrationCategory/enum", keyword: "enum", params: { allowedValues: schema33.enum }, message: "must be equal to one of the allowed values", schema: schema33.enum, parentSchema: schema33, data: data6 };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
    }
    if (data.authMode !== void 0) {
      let data7 = data.authMode;
      if (typeof data7 !== "string") {
        const err20 = { instancePath: instancePath + "/authMode", schemaPath: "#/$defs/IntegrationAuthMode/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema34.type, parentSchema: schema34, data: data7 };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
      if (!(data7 === "none" || data7 === "oauth" || data7 === "user_token" || data7 === "server_token")) {
        const err21 = { instancePath: instancePath + "/authMode", schemaPath: "#/$defs/IntegrationAuthMode/enum", keyword: "enum", params: { allowedValues: schema34.enum }, message: "must be equal to one of the allowed values", schema: schema34.enum, parentSchema: schema34, data: data7 };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
    }
    if (data.oauth !== void 0) {
      let data8 = data.oauth;
      if (data8 && typeof data8 == "object" && !Array.isArray(data8)) {
        for (const key1 in data8) {
          if (!(key1 === "provider" || key1 === "issuer" || key1 === "scopes")) {
            const err22 = { instancePath: instancePath + "/oauth", schemaPath: "#/$defs/IntegrationProviderOAuthInput/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema35, data: data8 };
            if (vErrors === null) {
              vErrors = [err22];
            } else {
              vErrors.push(err22);
            }
            errors++;
          }
        }
        if (data8.provider !== void 0) {
          let data9 = data8.provider;
          if (typeof data9 !== "string") {
            const err23 = { instancePath: instancePath + "/oauth/provider", schemaPath: "#/$defs/IntegrationProviderOAuthInput/properties/provider/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.properties.provider.type, parentSchema: schema35.properties.provider, data: data9 };
            if (vErrors === null) {
              vErrors = [err23];
            } else {
              vErrors.push(err23);
            }
            errors++;
          }
        }
        if (data8.issuer !== void 0) {
          let data10 = data8.issuer;
          if (typeof data10 === "string") {
            if (!formats0(data10)) {
              const err24 = { instancePath: instancePath + "/oauth/issuer", schemaPath: "#/$defs/IntegrationProviderOAuthInput/properties/issuer/format", keyword: "format", params: { format: "uri" }, message: 'must match format "uri"', schema: "uri", parentSchema: schema35.properties.issuer, data: data10 };
              if (vErrors === null) {
                vErrors = [err24];
              } else {
                vErrors.push(err24);
              }
              errors++;
            }
          } else {
            const err25 = { instancePath: instancePath + "/oauth/issuer", schemaPath: "#/$defs/IntegrationProviderOAuthInput/properties/issuer/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.properties.issuer.type, parentSchema: schema35.properties.issuer, data: data10 };
            if (vErrors === null) {
              vErrors = [err25];
            } else {
              vErrors.push(err25);
            }
            errors++;
          }
        }
        if (data8.scopes !== void 0) {
          let data11 = data8.scopes;
          if (Array.isArray(data11)) {
            const len0 = data11.length;
            for (let i0 = 0; i0 < len0; i0++) {
              let data12 = data11[i0];
              if (typeof data12 !== "string") {
                const err26 = { instancePath: instancePath + "/oauth/scopes/" + i0, schemaPath: "#/$defs/IntegrationProviderOAuthInput/properties/scopes/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.properties.scopes.items.type, parentSchema: schema35.properties.scopes.items, data: data12 };
                if (vErrors === null) {
                  vErrors = [err26];
                } else {
                  vErrors.push(err26);
                }
                errors++;
              }
            }
          } else {
            const err27 = { instancePath: instancePath + "/oauth/scopes", schemaPath: "#/$defs/IntegrationProviderOAuthInput/properties/scopes/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema35.properties.scopes.type, parentSchema: schema35.properties.scopes, data: data11 };
            if (vErrors === null) {
              vErrors = [err27];
            } else {
              vErrors.push(err27);
            }
            errors++;
          }
        }
      } else {
        const err28 = { instancePath: instancePath + "/oauth", schemaPath: "#/$defs/IntegrationProviderOAuthInput/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema35.type, parentSchema: schema35, data: data8 };
        if (vErrors === null) {
          vErrors = [err28];
        } else {
          vErrors.push(err28);
        }
        errors++;
      }
    }
    if (data.capabilities !== void 0) {
      let data13 = data.capabilities;
      if (data13 && typeof data13 == "object" && !Array.isArray(data13)) {
        for (const key2 in data13) {
          if (!(key2 === "tools" || key2 === "resources" || key2 === "prompts")) {
            const err29 = { instancePath: instancePath + "/capabilities", schemaPath: "#/$defs/IntegrationCapabilitiesInput/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema36, data: data13 };
            if (vErrors === null) {
              vErrors = [err29];
            } else {
              vErrors.push(err29);
            }
            errors++;
          }
        }
        if (data13.tools !== void 0) {
          let data14 = data13.tools;
          if (typeof data14 !== "boolean") {
            const err30 = { instancePath: instancePath + "/capabilities/tools", schemaPath: "#/$defs/IntegrationCapabilitiesInput/properties/tools/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema36.properties.tools.type, parentSchema: schema36.properties.tools, data: data14 };
            if (vErrors === null) {
              vErrors = [err30];
            } else {
              vErrors.push(err30);
            }
            errors++;
          }
        }
        if (data13.resources !== void 0) {
          let data15 = data13.resources;
          if (typeof data15 !== "boolean") {
            const err31 = { instancePath: instancePath + "/capabilities/resources", schemaPath: "#/$defs/IntegrationCapabilitiesInput/properties/resources/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema36.properties.resources.type, parentSchema: schema36.properties.resources, data: data15 };
            if (vErrors === null) {
              vErrors = [err31];
            } else {
              vErrors.push(err31);
            }
            errors++;
          }
        }
        if (data13.prompts !== void 0) {
          let data16 = data13.prompts;
          if (typeof data16 !== "boolean") {
            const err32 = { instancePath: instancePath + "/capabilities/prompts", schemaPath: "#/$defs/IntegrationCapabilitiesInput/properties/prompts/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema36.properties.prompts.type, parentSchema: schema36.properties.prompts, data: data16 };
            if (vErrors === null) {
              vErrors = [err32];
            } else {
              vErrors.push(err32);
            }
            errors++;
          }
        }
      } else {
        const err33 = { instancePath: instancePath + "/capabilities", schemaPath: "#/$defs/IntegrationCapabilitiesInput/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema36.type, parentSchema: schema36, data: data13 };
        if (vErrors === null) {
          vErrors = [err33];
        } else {
          vErrors.push(err33);
        }
        errors++;
      }
    }
    if (data.credentialSchema !== void 0) {
      let data17 = data.credentialSchema;
      if (data17 && typeof data17 == "object" && !Array.isArray(data17)) {
      } else {
        const err34 = { instancePath: instancePath + "/credentialSchema", schemaPath: "#/properties/credentialSchema/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema32.properties.credentialSchema.type, parentSchema: schema32.properties.credentialSchema, data: data17 };
        if (vErrors === null) {
          vErrors = [err34];
        } else {
          vErrors.push(err34);
        }
        errors++;
      }
    }
    if (data.serverToken !== void 0) {
      let data18 = data.serverToken;
      if (typeof data18 === "string") {
        if (func1(data18) < 1) {
          const err35 = { instancePath: instancePath + "/serverToken", schemaPath: "#/properties/serverToken/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema32.properties.serverToken, data: data18 };
          if (vErrors === null) {
            vErrors = [err35];
          } else {
            vErrors.push(err35);
          }
          errors++;
        }
      } else {
        const err36 = { instancePath: instancePath + "/serverToken", schemaPath: "#/properties/serverToken/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.properties.serverToken.type, parentSchema: schema32.properties.serverToken, data: data18 };
        if (vErrors === null) {
          vErrors = [err36];
        } else {
          vErrors.push(err36);
        }
        errors++;
      }
    }
  } else {
    const err37 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema32.type, parentSchema: schema32, data };
    if (vErrors === null) {
      vErrors = [err37];
    } else {
      vErrors.push(err37);
    }
    errors++;
  }
  validate21.errors = vErrors;
  return errors === 0;
}
validate21.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var schema37 = { "type": "object", "description": "An application, keyed by its name; the fields of the spec's `CreateApplicationInput`.", "required": ["name", "oauth"], "properties": { "name": { "type": "string", "minLength": 1, "description": "Display name.", "examples": ["Support Copilot"] }, "description": { "description": "A free-text description of the application; null or absent when none was given.", "type": "string", "examples": ["Answers customer tickets with GitHub and Linear tools"] }, "oauth": { "$ref": "#/$defs/CreateApplicationOAuthInput" }, "integrations": { "type": "array", "uniqueItems": true, "description": "The integrations attached to the application, by name; each must be declared under `integrations`. Omitted: none.", "items": { "type": "string", "minLength": 1 } } }, "additionalProperties": false };
var schema38 = { "type": "object", "description": "The OAuth client to register with a new application.", "required": ["type", "redirectUris"], "properties": { "type": { "$ref": "#/$defs/ApplicationOAuthType" }, "redirectUris": { "type": "array", "description": "Allowed OAuth redirect URIs.", "items": { "type": "string", "format": "uri" }, "examples": [["https://support.example.com/oauth/callback"]] }, "pkceRequired": { "type": "boolean", "default": true, "description": "Require PKCE for the authorization code flow." }, "scopes": { "type": "array", "description": "Allowed OAuth scopes.", "items": { "type": "string" }, "examples": [["openid", "offline_access"]] }, "allowedResources": { "type": "array", "description": "Allowed resource indicators.", "items": { "type": "string" }, "examples": [["https://api.kontext.security/mcp"]] } }, "additionalProperties": false };
var schema39 = { "type": "string", "description": "`public` for clients that cannot keep a secret (CLI, desktop, browser); `confidential` for server-side clients.", "enum": ["public", "confidential"] };
function validate24(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate24.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.type === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property 'type'", schema: schema38.required, parentSchema: schema38, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.redirectUris === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "redirectUris" }, message: "must have required property 'redirectUris'", schema: schema38.required, parentSchema: schema38, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "type" || key0 === "redirectUris" || key0 === "pkceRequired" || key0 === "scopes" || key0 === "allowedResources")) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema38, data };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.type !== void 0) {
      let data0 = data.type;
      if (typeof data0 !== "string") {
        const err3 = { instancePath: instancePath + "/type", schemaPath: "#/$defs/ApplicationOAuthType/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema39.type, parentSchema: schema39, data: data0 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
      if (!(data0 === "public" || data0 === "confidential")) {
        const err4 = { instancePath: instancePath + "/type", schemaPath: "#/$defs/ApplicationOAuthType/enum", keyword: "enum", params: { allowedValues: schema39.enum }, message: "must be equal to one of the allowed values", schema: schema39.enum, parentSchema: schema39, data: data0 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.redirectUris !== void 0) {
      let data1 = data.redirectUris;
      if (Array.isArray(data1)) {
        const len0 = data1.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data2 = data1[i0];
          if (typeof data2 === "string") {
            if (!formats0(data2)) {
              const err5 = { instancePath: instancePath + "/redirectUris/" + i0, schemaPath: "#/properties/redirectUris/items/format", keyword: "format", params: { format: "uri" }, message: 'must match format "uri"', schema: "uri", parentSchema: schema38.properties.redirectUris.items, data: data2 };
              if (vErrors === null) {
                vErrors = [err5];
              } else {
                vErrors.push(err5);
              }
              errors++;
            }
          } else {
            const err6 = { instancePath: instancePath + "/redirectUris/" + i0, schemaPath: "#/properties/redirectUris/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema38.properties.redirectUris.items.type, parentSchema: schema38.properties.redirectUris.items, data: data2 };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
        }
      } else {
        const err7 = { instancePath: instancePath + "/redirectUris", schemaPath: "#/properties/redirectUris/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema38.properties.redirectUris.type, parentSchema: schema38.properties.redirectUris, data: data1 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.pkceRequired !== void 0) {
      let data3 = data.pkceRequired;
      if (typeof data3 !== "boolean") {
        const err8 = { instancePath: instancePath + "/pkceRequired", schemaPath: "#/properties/pkceRequired/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema38.properties.pkceRequired.type, parentSchema: schema38.properties.pkceRequired, data: data3 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.scopes !== void 0) {
      let data4 = data.scopes;
      if (Array.isArray(data4)) {
        const len1 = data4.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data5 = data4[i1];
          if (typeof data5 !== "string") {
            const err9 = { instancePath: instancePath + "/scopes/" + i1, schemaPath: "#/properties/scopes/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema38.properties.scopes.items.type, parentSchema: schema38.properties.scopes.items, data: data5 };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
        }
      } else {
        const err10 = { instancePath: instancePath + "/scopes", schemaPath: "#/properties/scopes/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema38.properties.scopes.type, parentSchema: schema38.properties.scopes, data: data4 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.allowedResources !== void 0) {
      let data6 = data.allowedResources;
      if (Array.isArray(data6)) {
        const len2 = data6.length;
        for (let i2 = 0; i2 < len2; i2++) {
          let data7 = data6[i2];
          if (typeof data7 !== "string") {
            const err11 = { instancePath: instancePath + "/allowedResources/" + i2, schemaPath: "#/properties/allowedResources/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema38.properties.allowedResources.items.type, parentSchema: schema38.properties.allowedResources.items, data: data7 };
            if (vErrors === null) {
              vErrors = [err11];
            } else {
              vErrors.push(err11);
            }
            errors++;
          }
        }
      } else {
        const err12 = { instancePath: instancePath + "/allowedResources", schemaPath: "#/properties/allowedResources/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema38.properties.allowedResources.type, parentSchema: schema38.properties.allowedResources, data: data6 };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
  } else {
    const err13 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema38.type, parentSchema: schema38, data };
    if (vErrors === null) {
      vErrors = [err13];
    } else {
      vErrors.push(err13);
    }
    errors++;
  }
  validate24.errors = vErrors;
  return errors === 0;
}
validate24.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
function validate23(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate23.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.name === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema37.required, parentSchema: schema37, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.oauth === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "oauth" }, message: "must have required property 'oauth'", schema: schema37.required, parentSchema: schema37, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "name" || key0 === "description" || key0 === "oauth" || key0 === "integrations")) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema37, data };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.name !== void 0) {
      let data0 = data.name;
      if (typeof data0 === "string") {
        if (func1(data0) < 1) {
          const err3 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema37.properties.name, data: data0 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      } else {
        const err4 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema37.properties.name.type, parentSchema: schema37.properties.name, data: data0 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.description !== void 0) {
      let data1 = data.description;
      if (typeof data1 !== "string") {
        const err5 = { instancePath: instancePath + "/description", schemaPath: "#/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema37.properties.description.type, parentSchema: schema37.properties.description, data: data1 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.oauth !== void 0) {
      if (!validate24(data.oauth, { instancePath: instancePath + "/oauth", parentData: data, parentDataProperty: "oauth", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
        errors = vErrors.length;
      }
    }
    if (data.integrations !== void 0) {
      let data3 = data.integrations;
      if (Array.isArray(data3)) {
        const len0 = data3.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data4 = data3[i0];
          if (typeof data4 === "string") {
            if (func1(data4) < 1) {
              const err6 = { instancePath: instancePath + "/integrations/" + i0, schemaPath: "#/properties/integrations/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema37.properties.integrations.items, data: data4 };
              if (vErrors === null) {
                vErrors = [err6];
              } else {
                vErrors.push(err6);
              }
              errors++;
            }
          } else {
            const err7 = { instancePath: instancePath + "/integrations/" + i0, schemaPath: "#/properties/integrations/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema37.properties.integrations.items.type, parentSchema: schema37.properties.integrations.items, data: data4 };
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          }
        }
        let i1 = data3.length;
        let j0;
        if (i1 > 1) {
          const indices0 = {};
          for (; i1--; ) {
            let item0 = data3[i1];
            if (typeof item0 !== "string") {
              continue;
            }
            if (typeof indices0[item0] == "number") {
              j0 = indices0[item0];
              const err8 = { instancePath: instancePath + "/integrations", schemaPath: "#/properties/integrations/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)", schema: true, parentSchema: schema37.properties.integrations, data: data3 };
              if (vErrors === null) {
                vErrors = [err8];
              } else {
                vErrors.push(err8);
              }
              errors++;
              break;
            }
            indices0[item0] = i1;
          }
        }
      } else {
        const err9 = { instancePath: instancePath + "/integrations", schemaPath: "#/properties/integrations/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema37.properties.integrations.type, parentSchema: schema37.properties.integrations, data: data3 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
  } else {
    const err10 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema37.type, parentSchema: schema37, data };
    if (vErrors === null) {
      vErrors = [err10];
    } else {
      vErrors.push(err10);
    }
    errors++;
  }
  validate23.errors = vErrors;
  return errors === 0;
}
validate23.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
function validate20(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate20.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "$schema" || key0 === "integrations" || key0 === "applications" || key0 === "serviceAccounts")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.$schema !== void 0) {
      let data0 = data.$schema;
      if (typeof data0 !== "string") {
        const err1 = { instancePath: instancePath + "/$schema", schemaPath: "#/properties/%24schema/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.$schema.type, parentSchema: schema31.properties.$schema, data: data0 };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.integrations !== void 0) {
      let data1 = data.integrations;
      if (Array.isArray(data1)) {
        const len0 = data1.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (!validate21(data1[i0], { instancePath: instancePath + "/integrations/" + i0, parentData: data1, parentDataProperty: i0, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err2 = { instancePath: instancePath + "/integrations", schemaPath: "#/properties/integrations/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.integrations.type, parentSchema: schema31.properties.integrations, data: data1 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.applications !== void 0) {
      let data3 = data.applications;
      if (Array.isArray(data3)) {
        const len1 = data3.length;
        for (let i1 = 0; i1 < len1; i1++) {
          if (!validate23(data3[i1], { instancePath: instancePath + "/applications/" + i1, parentData: data3, parentDataProperty: i1, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err3 = { instancePath: instancePath + "/applications", schemaPath: "#/properties/applications/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.applications.type, parentSchema: schema31.properties.applications, data: data3 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.serviceAccounts !== void 0) {
      let data5 = data.serviceAccounts;
      if (Array.isArray(data5)) {
        const len2 = data5.length;
        for (let i2 = 0; i2 < len2; i2++) {
          let data6 = data5[i2];
          if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
            if (data6.name === void 0) {
              const err4 = { instancePath: instancePath + "/serviceAccounts/" + i2, schemaPath: "#/$defs/ServiceAccount/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema40.required, parentSchema: schema40, data: data6 };
              if (vErrors === null) {
                vErrors = [err4];
              } else {
                vErrors.push(err4);
              }
              errors++;
            }
            for (const key1 in data6) {
              if (!(key1 === "name" || key1 === "description")) {
                const err5 = { instancePath: instancePath + "/serviceAccounts/" + i2, schemaPath: "#/$defs/ServiceAccount/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema40, data: data6 };
                if (vErrors === null) {
                  vErrors = [err5];
                } else {
                  vErrors.push(err5);
                }
                errors++;
              }
            }
            if (data6.name !== void 0) {
              let data7 = data6.name;
              if (typeof data7 === "string") {
                if (func1(data7) < 1) {
                  const err6 = { instancePath: instancePath + "/serviceAccounts/" + i2 + "/name", schemaPath: "#/$defs/ServiceAccount/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema40.properties.name, data: data7 };
                  if (vErrors === null) {
                    vErrors = [err6];
                  } else {
                    vErrors.push(err6);
                  }
                  errors++;
                }
              } else {
                const err7 = { instancePath: instancePath + "/serviceAccounts/" + i2 + "/name", schemaPath: "#/$defs/ServiceAccount/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema40.properties.name.type, parentSchema: schema40.properties.name, data: data7 };
                if (vErrors === null) {
                  vErrors = [err7];
                } else {
                  vErrors.push(err7);
                }
                errors++;
              }
            }
            if (data6.description !== void 0) {
              let data8 = data6.description;
              if (typeof data8 !== "string") {
                const err8 = { instancePath: instancePath + "/serviceAccounts/" + i2 + "/description", schemaPath: "#/$defs/ServiceAccount/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema40.properties.description.type, parentSchema: schema40.properties.description, data: data8 };
                if (vErrors === null) {
                  vErrors = [err8];
                } else {
                  vErrors.push(err8);
                }
                errors++;
              }
            }
          } else {
            const err9 = { instancePath: instancePath + "/serviceAccounts/" + i2, schemaPath: "#/$defs/ServiceAccount/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema40.type, parentSchema: schema40, data: data6 };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
        }
      } else {
        const err10 = { instancePath: instancePath + "/serviceAccounts", schemaPath: "#/properties/serviceAccounts/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.serviceAccounts.type, parentSchema: schema31.properties.serviceAccounts, data: data5 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
  } else {
    const err11 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.type, parentSchema: schema31, data };
    if (vErrors === null) {
      vErrors = [err11];
    } else {
      vErrors.push(err11);
    }
    errors++;
  }
  validate20.errors = vErrors;
  return errors === 0;
}
validate20.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
export {
  stdin_default as default,
  validate
};
