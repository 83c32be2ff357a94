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
  LEDGER_TOO_MANY_PARTS = 'LEDGER_TOO_MANY_PARTS',
  LEDGER_UNCOMPRESSED_TOO_LARGE = 'LEDGER_UNCOMPRESSED_TOO_LARGE',
  LEDGER_COMPRESSION_RATIO = 'LEDGER_COMPRESSION_RATIO',
  LEDGER_SIZE_UNDECLARED = 'LEDGER_SIZE_UNDECLARED',
  LEDGER_TOO_MANY_SHARED_STRINGS = 'LEDGER_TOO_MANY_SHARED_STRINGS',
  LEDGER_SHARED_STRINGS_TOO_LARGE = 'LEDGER_SHARED_STRINGS_TOO_LARGE',
  LEDGER_XML_RUN_TOO_LONG = 'LEDGER_XML_RUN_TOO_LONG',
  LEDGER_XML_TOO_DEEP = 'LEDGER_XML_TOO_DEEP',
  LEDGER_TOO_MANY_ROWS = 'LEDGER_TOO_MANY_ROWS',
  LEDGER_TOO_MANY_COLUMNS = 'LEDGER_TOO_MANY_COLUMNS',
  LEDGER_CELL_TOO_LONG = 'LEDGER_CELL_TOO_LONG',
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
  LEDGER_TOO_MANY_PARTS: {
    zh: '该 .xlsx 文件内含超过 {max} 个部件，不像正常的 Excel 工作簿，未导入任何数据',
    en: 'the .xlsx file holds more than {max} parts, which no ordinary workbook does; nothing was imported',
  },
  LEDGER_UNCOMPRESSED_TOO_LARGE: {
    zh: '台账解压后超过 {megabytes} MB 上限（.xlsx 是压缩文件），未导入任何数据：请拆分成几个文件分批导入',
    en: 'the ledger is larger than {megabytes} MB once unzipped (an .xlsx is compressed); nothing was imported: split it into several files',
  },
  LEDGER_COMPRESSION_RATIO: {
    zh: '该 .xlsx 文件的压缩比超过 {ratio} 倍上限（正常台账约 10 倍），疑似压缩炸弹，未导入任何数据',
    en: 'the .xlsx file is compressed more than {ratio} times (a real ledger about 10 times), as a zip bomb is; nothing was imported',
  },
  LEDGER_SIZE_UNDECLARED: {
    zh: '该 .xlsx 文件解压后比它自己声明的大小更大，疑似压缩炸弹，未导入任何数据（台账解压后最多 {megabytes} MB，压缩比最多 {ratio} 倍）',
    en: 'the .xlsx file inflates to more than it declares, as a zip bomb does; nothing was imported (a ledger inflates to at most {megabytes} MB, at most {ratio} times its size)',
  },
  LEDGER_TOO_MANY_SHARED_STRINGS: {
    zh: '台账中的不同文字（共享字符串）超过 {max} 条上限，未导入任何数据：请拆分成几个文件分批导入',
    en: 'the ledger holds more than {max} distinct texts (shared strings); nothing was imported: split it into several files',
  },
  LEDGER_SHARED_STRINGS_TOO_LARGE: {
    zh: '台账的共享字符串表解压后超过 {megabytes} MB 上限，未导入任何数据：请拆分成几个文件分批导入',
    en: 'the shared-strings table of the ledger is larger than {megabytes} MB once unzipped; nothing was imported: split the file',
  },
  LEDGER_XML_RUN_TOO_LONG: {
    zh: '台账中有一段连续内容超过 {kilobytes} KB（单元格最多 {maxCell} 个字符），不像正常的 Excel 工作簿，未导入任何数据',
    en: 'the ledger holds a run of more than {kilobytes} KB without markup (a cell holds at most {maxCell} characters); nothing was imported',
  },
  LEDGER_XML_TOO_DEEP: {
    zh: '该 .xlsx 文件的 XML 嵌套超过 {max} 层，不像正常的 Excel 工作簿，未导入任何数据',
    en: 'the XML of the .xlsx file is nested more than {max} levels deep, which no ordinary workbook is; nothing was imported',
  },
  LEDGER_TOO_MANY_ROWS: {
    zh: '台账最多 {max} 行数据，第 {row} 行已超出上限，未导入任何数据：请拆分成几个文件分批导入',
    en: 'a ledger holds at most {max} rows of data and row {row} is beyond that; nothing was imported: split it into several files',
  },
  LEDGER_TOO_MANY_COLUMNS: {
    zh: '第 {row} 行用到了第 {column} 列，台账最多 {max} 列，未导入任何数据',
    en: 'row {row} reaches column {column}, and a ledger has at most {max} columns; nothing was imported',
  },
  LEDGER_CELL_TOO_LONG: {
    zh: '第 {row} 行{column}的内容有 {length} 个字符，超过每格 {max} 个字符的上限，未导入任何数据',
    en: 'row {row}, {column}, holds {length} characters, more than the {max} a cell may hold; nothing was imported',
  },
};

/** The file as a whole cannot be read as a ledger (wrong type, missing columns, no rows): nothing is imported. */
export class LedgerFileError extends InvalidInputError {
  constructor(reason: LedgerFileReason, params: MessageParams = {}) {
    super([fieldProblem('file', LEDGER_FILE_MESSAGES, reason, params)]);
  }
}

/** The file is beyond one of the ledger limits (decompressed size, compression, rows): the upload answers 413. */
export class LedgerTooLargeError extends LedgerFileError {}
