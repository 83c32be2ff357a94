import type { Message } from './messages.js';

/** What the API says when no domain rule speaks: outages, masked internal errors, requests that break the schema. */
export enum SystemReason {
  SERVICE_UNAVAILABLE = 'SERVICE_UNAVAILABLE',
  INTERNAL = 'INTERNAL',
  INVALID_REQUEST = 'INVALID_REQUEST',
  QUERY_TOO_DEEP = 'QUERY_TOO_DEEP',
  TOO_MANY_ALIASES = 'TOO_MANY_ALIASES',
  TOO_MANY_FIELDS = 'TOO_MANY_FIELDS',
  REQUEST_TOO_LARGE = 'REQUEST_TOO_LARGE',
  NOT_ALLOWED = 'NOT_ALLOWED',
  NOT_FOUND = 'NOT_FOUND',
}

export const SYSTEM_MESSAGES: { readonly [R in SystemReason]: Message } = {
  SERVICE_UNAVAILABLE: { zh: '数据库暂时无法访问，请稍后再试', en: 'The database is temporarily unavailable; please try again shortly' },
  INTERNAL: { zh: '服务器内部错误，请稍后再试', en: 'Internal server error' },
  INVALID_REQUEST: { zh: '请求不符合接口定义：{detail}', en: '{detail}' },
  QUERY_TOO_DEEP: { zh: '查询嵌套 {depth} 层，超过上限 {limit} 层', en: 'Query depth {depth} exceeds the limit of {limit}' },
  TOO_MANY_ALIASES: { zh: '查询使用的别名超过 {max} 个', en: 'The document uses more than {max} aliases' },
  TOO_MANY_FIELDS: { zh: '查询选取的字段超过 {max} 个', en: 'The document selects more than {max} fields' },
  REQUEST_TOO_LARGE: { zh: '请求内容过大', en: 'The request is too large' },
  NOT_ALLOWED: { zh: '不允许此操作', en: 'You are not allowed to do this' },
  NOT_FOUND: { zh: '找不到所请求的内容', en: 'Not found' },
};
