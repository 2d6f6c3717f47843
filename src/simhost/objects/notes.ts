// Notes (ExcelApi 1.18): one per cell, keyed by the cell's address.
import { cellKey, parseAddress, sheetByName } from '../book';
import type { SimRequestContext } from '../context';
import { SimClientObject, SimClientResult, propertyNames } from '../client-object';
import { SimHostError } from '../errors';
import type { SimCell, SimSheet } from '../state';
import type { Resolver } from './target';
import { required } from './target';

interface NoteTarget {
  readonly sheet: SimSheet;
  readonly key: string;
  readonly cell: SimCell;
}

export class SimNoteCollection {
  constructor(
    private readonly context: SimRequestContext,
    private readonly sheet: () => SimSheet,
  ) {}

  add(cellAddress: string, content: string): SimNote {
    const located = (): NoteTarget => {
      const { sheet, key } = this.locate(cellAddress);
      const cell = sheet.cells[key];
      if (!cell?.note) throw new SimHostError('ItemNotFound', `No note at ${cellAddress}.`);
      return { sheet, key, cell };
    };
    this.context.enqueue(() => {
      const { sheet, key } = this.locate(cellAddress);
      const cell = (sheet.cells[key] ??= { value: null });
      if (cell.note !== undefined) {
        throw new SimHostError('InvalidArgument', `The cell ${cellAddress} already has a note.`);
      }
      cell.note = content;
    }, true);
    return new SimNote(this.context, located);
  }

  /** How many notes the sheet holds (ExcelApi 1.18). */
  getCount(): SimClientResult<number> {
    const result = new SimClientResult<number>();
    this.context.enqueue(() => {
      result.set(Object.values(this.sheet().cells).filter((cell) => cell.note !== undefined).length);
    });
    return result;
  }

  getItem(key: string): SimNote {
    return new SimNote(this.context, () => {
      const found = this.find(key);
      if (!found) throw new SimHostError('ItemNotFound', `No note at ${key}.`);
      return found;
    });
  }

  getItemOrNullObject(key: string): SimNote {
    return new SimNote(this.context, () => this.find(key));
  }

  private locate(address: string): { sheet: SimSheet; key: string } {
    const sheet = address.includes('!')
      ? sheetByName(this.context.host.state, address.slice(0, address.lastIndexOf('!')).replace(/^'|'$/g, ''))
      : this.sheet();
    const area = parseAddress(address);
    return { sheet, key: cellKey(area.top, area.left) };
  }

  private find(address: string): NoteTarget | null {
    const { sheet, key } = this.locate(address);
    const cell = sheet.cells[key];
    return cell?.note === undefined ? null : { sheet, key, cell };
  }
}

export class SimNote extends SimClientObject {
  constructor(
    context: SimRequestContext,
    private readonly resolveTarget: Resolver<NoteTarget>,
  ) {
    super(context, 'Note');
  }

  load(spec?: string | string[]): this {
    this.queueLoad(propertyNames(spec, ['content']), (names) => {
      const target = this.resolveTarget();
      if (target === null) return null;
      const out: Record<string, unknown> = {};
      for (const name of names) {
        if (name !== 'content')
          throw new SimHostError('InvalidArgument', `Note.${name} is not supported here.`);
        out.content = target.cell.note;
      }
      return out;
    });
    return this;
  }

  get content(): string {
    return this.loadedProperty('content');
  }

  delete(): void {
    this.context.enqueue(() => {
      const target = required(this.resolveTarget, 'Note');
      delete target.cell.note;
      if ((target.cell.value === null || target.cell.value === '') && Object.keys(target.cell).length === 1) {
        delete target.sheet.cells[target.key];
      }
    }, true);
  }
}
