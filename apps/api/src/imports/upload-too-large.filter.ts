import { type ArgumentsHost, Catch, type ExceptionFilter, PayloadTooLargeException } from '@nestjs/common';

interface JsonResponse {
  status(code: number): { json(body: unknown): void };
}

/** Multer's "File too large" says neither which file nor the limit: answer like every other file problem, with both. */
@Catch(PayloadTooLargeException)
export class UploadTooLargeFilter implements ExceptionFilter {
  constructor(private readonly limitBytes: number) {}

  catch(_: PayloadTooLargeException, host: ArgumentsHost): void {
    const megabytes = Math.round(this.limitBytes / 1024 / 1024);
    host
      .switchToHttp()
      .getResponse<JsonResponse>()
      .status(413)
      .json({ statusCode: 413, code: 'BAD_USER_INPUT', fields: ['file'], message: `文件超过 ${megabytes} MB 上限：请拆分成几个文件分批导入` });
  }
}
