import { type LedgerLimits, grouped } from './ledger-limits.js';
import { LedgerFileError, LedgerFileReason, LedgerTooLargeError } from './ledger.exception.js';

const LT = 0x3c;
const GT = 0x3e;
const SLASH = 0x2f;
const QUESTION = 0x3f;
const BANG = 0x21;
const DASH = 0x2d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const QUOTE = 0x22;
const APOSTROPHE = 0x27;
/** "si" as two bytes, the name of a shared-strings entry. */
const S = 0x73;
const I = 0x69;

const enum State {
  Text,
  TagStart,
  Name,
  Attributes,
  Quoted,
  CloseTag,
  Bang,
  Instruction,
  Comment,
  CData,
}

function isSpace(b: number): boolean {
  return b === 0x20 || b === 0x09 || b === 0x0a || b === 0x0d;
}

/**
 * Reads the inflated XML of a part as it streams by, without parsing it, and refuses the shapes that make an XML
 * parser hold memory however the bytes compress: one text or tag longer than `maxXmlRunBytes` (the parser keeps the
 * whole run), elements nested deeper than `maxXmlDepth` (it keeps every open one), and, in the shared-strings table,
 * more `<si>` entries than `maxSharedStrings` (the reader keeps every one). A DOCTYPE is refused: workbooks have none.
 */
export class XmlShapeGuard {
  private state = State.Text;
  /** Bytes since the last `<` outside a comment, CDATA section or instruction. */
  private run = 0;
  private depth = 0;
  /** Bytes of the tag name read so far (only a two-byte `si` matters), or -1 once it cannot be `si`. */
  private nameLength = 0;
  private isSi = false;
  /** The last byte of an open tag that was not white space: `/` before `>` closes it at once. */
  private last = 0;
  private quote = 0;
  /** The two bytes before this one inside a comment, CDATA section or instruction, or after `<!`. */
  private prev1 = 0;
  private prev2 = 0;
  sharedStrings = 0;

  constructor(
    private readonly limits: LedgerLimits,
    private readonly countSharedStrings: boolean,
  ) {}

  write(chunk: Buffer): void {
    const n = chunk.length;
    let { state, run, last, prev1, prev2 } = this;
    for (let i = 0; i < n; i++) {
      if (state === State.Text) {
        // Text is skipped natively up to the next tag.
        const lt = chunk.indexOf(LT, i);
        if (lt === -1) {
          run += n - i;
          break;
        }
        run += lt - i;
        this.checkRun(run);
        run = 0;
        i = lt;
        state = State.TagStart;
        continue;
      }
      const b = chunk[i];
      run += 1;
      switch (state) {
        case State.TagStart:
          if (b === SLASH) state = State.CloseTag;
          else if (b === QUESTION) {
            state = State.Instruction;
            prev1 = prev2 = 0;
          } else if (b === BANG) {
            state = State.Bang;
            prev1 = prev2 = 0;
          } else {
            state = State.Name;
            this.nameLength = 1;
            this.isSi = b === S;
            last = b;
          }
          break;
        case State.Name:
          if (b === GT || b === SLASH || isSpace(b)) {
            if (this.countSharedStrings && this.isSi && this.nameLength === 2) this.countSharedString();
            state = State.Attributes;
            i -= 1;
            run -= 1;
          } else {
            this.isSi = this.nameLength === 1 && this.isSi && b === I;
            this.nameLength += 1;
            last = b;
          }
          break;
        case State.Attributes:
          if (b === GT) {
            if (last !== SLASH) this.open();
            state = State.Text;
          } else if (b === QUOTE || b === APOSTROPHE) {
            this.quote = b;
            state = State.Quoted;
          } else if (!isSpace(b)) last = b;
          break;
        case State.Quoted:
          if (b === this.quote) {
            last = b;
            state = State.Attributes;
          }
          break;
        case State.CloseTag:
          if (b === GT) {
            this.depth -= 1;
            state = State.Text;
          }
          break;
        case State.Bang:
          // `<!--` starts a comment and `<![` a CDATA section; `<!DOCTYPE` or `<!ENTITY` is refused.
          if (b === DASH && prev1 === DASH) {
            state = State.Comment;
            prev1 = 0;
          } else if (b === DASH) prev1 = DASH;
          else if (b === OPEN_BRACKET && prev1 === 0) {
            state = State.CData;
            prev1 = 0;
          } else throw new LedgerFileError(LedgerFileReason.LEDGER_XLSX_INVALID);
          break;
        case State.Instruction:
          if (b === GT && prev1 === QUESTION) state = State.Text;
          prev1 = b;
          break;
        case State.Comment:
          if (b === GT && prev1 === DASH && prev2 === DASH) state = State.Text;
          prev2 = prev1;
          prev1 = b;
          break;
        case State.CData:
          if (b === GT && prev1 === CLOSE_BRACKET && prev2 === CLOSE_BRACKET) state = State.Text;
          prev2 = prev1;
          prev1 = b;
          break;
        default:
          break;
      }
    }
    Object.assign(this, { state, run, last, prev1, prev2 });
    this.checkRun(run);
  }

  private open(): void {
    this.depth += 1;
    if (this.depth > this.limits.maxXmlDepth) {
      throw new LedgerTooLargeError(LedgerFileReason.LEDGER_XML_TOO_DEEP, { max: grouped(this.limits.maxXmlDepth) });
    }
  }

  private countSharedString(): void {
    this.sharedStrings += 1;
    if (this.sharedStrings > this.limits.maxSharedStrings) {
      throw new LedgerTooLargeError(LedgerFileReason.LEDGER_TOO_MANY_SHARED_STRINGS, { max: grouped(this.limits.maxSharedStrings) });
    }
  }

  /** Checked at every tag and at the end of every chunk: a run overshoots the limit by at most one 64 KB chunk. */
  private checkRun(run: number): void {
    if (run > this.limits.maxXmlRunBytes) {
      throw new LedgerTooLargeError(LedgerFileReason.LEDGER_XML_RUN_TOO_LONG, {
        kilobytes: grouped(Math.round(this.limits.maxXmlRunBytes / 1024)),
        maxCell: grouped(this.limits.maxCellLength),
      });
    }
  }
}
