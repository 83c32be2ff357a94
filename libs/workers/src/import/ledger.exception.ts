import { type FieldCatalogue, fieldProblem, InvalidInputError, type MessageParams } from '@app/common';

/** Why an uploaded ledger (台账) cannot be read as a whole; each is a problem with the `file` field. */
export enum LedgerFileReason {
  FILE_REQUIRED = 'FILE_REQUIRED',
  FILE_EMPTY = 'FILE_EMPTY',
  FILE_TOO_LARGE = 'FILE_TOO_LARGE',
  UPLOAD_WRONG_FIELD = 'UPLOAD_WRONG_FIELD',
  UPLOAD_TOO_MANY_FILES = 'UPLOAD_TOO_MANY_FILES',
  UPLOAD_MALFORMED = 'UPLOAD_MALFORMED',
  LEDGER_XLS_UNSUPPORTED = 'LEDGER_XLS_UNSUPPORTED',
  LEDGER_FORMAT_UNSUPPORTED = 'LEDGER_FORMAT_UNSUPPORTED',
  LEDGER_NOT_TEXT = 'LEDGER_NOT_TEXT',
  LEDGER_XLSX_INVALID = 'LEDGER_XLSX_INVALID',
  LEDGER_CSV_MALFORMED = 'LEDGER_CSV_MALFORMED',
  LEDGER_EMPTY = 'LEDGER_EMPTY',
  LEDGER_NO_ROWS = 'LEDGER_NO_ROWS',
  LEDGER_DUPLICATE_COLUMN = 'LEDGER_DUPLICATE_COLUMN',
  LEDGER_MISSING_COLUMNS = 'LEDGER_MISSING_COLUMNS',
}

export const LEDGER_FILE_MESSAGES: FieldCatalogue<LedgerFileReason> = {
  FILE_REQUIRED: {
    zh: '请以 multipart/form-data 的 file 字段上传 .xlsx 或 .csv 台账',
    en: 'upload the .xlsx or .csv ledger as the multipart/form-data field "file"',
  },
  FILE_EMPTY: { zh: '上传的文件是空的', en: 'the uploaded file is empty' },
  FILE_TOO_LARGE: {
    zh: '文件超过 {megabytes} MB 上限：请拆分成几个文件分批导入',
    en: 'the file is larger than {megabytes} MB: split it into several files and import them one by one',
  },
  UPLOAD_WRONG_FIELD: {
    zh: '台账须放在 file 字段上传（收到的文件字段是“{name}”）',
    en: 'the ledger must be uploaded in the field "file" (the file came in the field "{name}")',
  },
  UPLOAD_TOO_MANY_FILES: { zh: '一次只能上传一个台账文件', en: 'upload one ledger file at a time' },
  UPLOAD_MALFORMED: {
    zh: '上传的内容不是有效的 multipart/form-data 请求，请以 file 字段上传台账',
    en: 'the upload is not a valid multipart/form-data request; upload the ledger as the field "file"',
  },
  LEDGER_XLS_UNSUPPORTED: {
    zh: '不支持 .xls（Excel 97-2003）格式：请在 Excel 中“另存为” .xlsx 或 CSV 后再导入',
    en: '.xls (Excel 97-2003) is not supported: save the file as .xlsx or CSV in Excel and import that',
  },
  LEDGER_FORMAT_UNSUPPORTED: {
    zh: '只接受 .xlsx 或 .csv 格式的台账{received}',
    en: 'only .xlsx or .csv ledgers are accepted{received}',
  },
  LEDGER_NOT_TEXT: { zh: '文件内容不是文本，不能作为 CSV 读取', en: 'the file is not text and cannot be read as CSV' },
  LEDGER_XLSX_INVALID: {
    zh: '无法读取该 .xlsx 文件：文件已损坏或不是 Excel 工作簿',
    en: 'the .xlsx file cannot be read: it is damaged or not an Excel workbook',
  },
  LEDGER_CSV_MALFORMED: { zh: 'CSV 文件格式有误{where}，无法读取', en: 'the CSV file is malformed{where} and cannot be read' },
  LEDGER_EMPTY: {
    zh: '文件是空的：第一行应为表头，其后每行一名劳动力',
    en: 'the file is empty: the first row is the header, then one worker per row',
  },
  LEDGER_NO_ROWS: { zh: '表头下面没有数据行', en: 'there are no rows below the header' },
  LEDGER_DUPLICATE_COLUMN: {
    zh: '表头中“{header}”列出现了两次（第 {first} 列和第 {second} 列）',
    en: 'the column “{header}” appears twice in the header (columns {first} and {second})',
  },
  LEDGER_MISSING_COLUMNS: {
    zh: '缺少必填列 {columns}：请使用导入模板的表头（GET /imports/workers/template.xlsx）',
    en: 'required columns are missing: {columns} (use the header of the template, GET /imports/workers/template.xlsx)',
  },
};

/** The file as a whole cannot be read as a ledger (wrong type, missing columns, no rows): nothing is imported. */
export class LedgerFileError extends InvalidInputError {
  constructor(reason: LedgerFileReason, params: MessageParams = {}) {
    super([fieldProblem('file', LEDGER_FILE_MESSAGES, reason, params)]);
  }
}
