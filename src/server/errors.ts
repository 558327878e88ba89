/**
 * The one vocabulary of errors. Each factory names the problem with a stable id, an HTTP status
 * and a message in zh-CN and English; nothing else in the code builds an error response.
 */

export type Lang = 'zh-CN' | 'en';

export interface Messages {
  'zh-CN': string;
  en: string;
}

export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly id: string,
    readonly messages: Messages,
    readonly details?: unknown,
  ) {
    super(messages.en);
    this.name = 'AppError';
  }

  /** The response body, with the message in the reader's language. */
  toBody(lang: Lang): ErrorBody {
    return {
      error: this.id,
      status: this.status,
      message: this.messages[lang],
      messages: this.messages,
      ...(this.details === undefined ? {} : { details: this.details }),
    };
  }
}

export interface ErrorBody {
  error: string;
  status: number;
  message: string;
  messages: Messages;
  details?: unknown;
}

const m = (zh: string, en: string): Messages => ({ 'zh-CN': zh, en });

/** One line per problem found in the input: where it is and what is wrong. */
export interface InputProblem {
  path: string;
  message: string;
}

export const errors = {
  invalidInput: (problems: InputProblem[]) =>
    new AppError(
      400,
      'invalid_input',
      m(
        `输入有误：${problems.map((p) => `${p.path || '(请求体)'} ${p.message}`).join('；')}`,
        `Invalid input: ${problems.map((p) => `${p.path || '(body)'} ${p.message}`).join('; ')}`,
      ),
      problems,
    ),
  invalidJson: (reason: string) =>
    new AppError(400, 'invalid_json', m(`请求体不是有效的 JSON：${reason}`, `The request body is not valid JSON: ${reason}`)),
  unsupportedMediaType: (type: string) =>
    new AppError(
      415,
      'unsupported_media_type',
      m(`不支持的内容类型：${type || '(未提供)'}`, `Unsupported content type: ${type || '(none given)'}`),
    ),
  invalidContentLength: () =>
    new AppError(
      400,
      'invalid_content_length',
      m('请求体的长度与 Content-Length 头不符', 'The request body size does not match its Content-Length header'),
    ),
  badUrl: (url: string) =>
    new AppError(400, 'bad_url', m(`请求地址无法解码：${url}`, `The request URL cannot be decoded: ${url}`)),
  pathParameterTooLong: (url: string) =>
    new AppError(
      414,
      'path_parameter_too_long',
      m(`请求地址中的路径参数过长：${url}`, `A path parameter in the request URL is too long: ${url}`),
    ),
  payloadTooLarge: (limitBytes: number) =>
    new AppError(
      413,
      'payload_too_large',
      m(`请求体超过 ${limitBytes} 字节的上限`, `The request body exceeds the limit of ${limitBytes} bytes`),
    ),
  routeNotFound: (method: string, url: string) =>
    new AppError(404, 'route_not_found', m(`没有这个接口：${method} ${url}`, `No such endpoint: ${method} ${url}`)),
  notFound: (thing: Thing, id: number | string) =>
    new AppError(
      404,
      `${thing}_not_found`,
      m(`${THING_ZH[thing]} ${id} 不存在`, `${THING_EN[thing]} ${id} does not exist`),
    ),
  unauthenticated: () =>
    new AppError(
      401,
      'unauthenticated',
      m('需要登录：请在 Authorization 头中提供 Bearer 令牌', 'Sign-in required: send a Bearer token in the Authorization header'),
    ),
  invalidToken: () =>
    new AppError(401, 'invalid_token', m('令牌无效、已过期或已被吊销', 'The token is unknown, expired or revoked')),
  badCredentials: () =>
    new AppError(401, 'bad_credentials', m('用户名或密码不正确', 'Wrong username or password')),
  forbidden: (permission: string, role: string) =>
    new AppError(
      403,
      'forbidden',
      m(`角色“${role}”没有权限“${permission}”`, `Role "${role}" lacks the permission "${permission}"`),
    ),
  conflict: (id: string, messages: Messages, details?: unknown) => new AppError(409, id, messages, details),
  unprocessable: (id: string, messages: Messages, details?: unknown) => new AppError(422, id, messages, details),
  internal: () =>
    new AppError(500, 'internal', m('服务器内部错误，已记录，请联系管理员', 'Internal server error; it has been logged')),
};

export type Thing = 'body' | 'term' | 'session' | 'meeting' | 'group' | 'person' | 'membership' | 'account' | 'token' | 'stage' | 'agenda_item' | 'attendee' | 'hall_layout';

const THING_ZH: Record<Thing, string> = {
  body: '机构',
  term: '届次',
  session: '会议(次)',
  meeting: '会次',
  group: '分组',
  person: '人员',
  membership: '成员资格',
  account: '账户',
  token: '令牌',
  stage: '会议阶段',
  agenda_item: '议程项',
  attendee: '列席人员',
  hall_layout: '会场布局',
};

const THING_EN: Record<Thing, string> = {
  body: 'Body',
  term: 'Term',
  session: 'Session',
  meeting: 'Meeting',
  group: 'Group',
  person: 'Person',
  membership: 'Membership',
  account: 'Account',
  token: 'Token',
  stage: 'Stage',
  agenda_item: 'Agenda item',
  attendee: 'Attendee',
  hall_layout: 'Hall layout',
};

/** The reader's language from an Accept-Language header: English when asked for first, else Chinese. */
export function langOf(acceptLanguage: string | undefined): Lang {
  const first = (acceptLanguage ?? '').split(',')[0]?.trim().toLowerCase() ?? '';
  return first.startsWith('en') ? 'en' : 'zh-CN';
}
