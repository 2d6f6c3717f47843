// workbook.settings (ExcelApi 1.4): key/value pairs saved with the workbook.
import type { SimRequestContext } from '../context';
import { SimClientObject, propertyNames } from '../client-object';
import { SimHostError } from '../errors';

export class SimSettingCollection {
  constructor(private readonly context: SimRequestContext) {}

  add(key: string, value: unknown): SimSetting {
    this.context.requireSet('1.4', 'SettingCollection.add');
    this.context.enqueue(() => {
      // Settings hold JSON: store a copy, as the real host serialises it.
      this.context.host.state.settings[key] = JSON.parse(JSON.stringify(value)) as unknown;
    }, true);
    return new SimSetting(this.context, key, true);
  }

  getItem(key: string): SimSetting {
    this.context.requireSet('1.4', 'SettingCollection.getItem');
    return new SimSetting(this.context, key, true);
  }

  getItemOrNullObject(key: string): SimSetting {
    this.context.requireSet('1.4', 'SettingCollection.getItemOrNullObject');
    return new SimSetting(this.context, key, false);
  }
}

export class SimSetting extends SimClientObject {
  constructor(
    context: SimRequestContext,
    readonly settingKey: string,
    private readonly throwIfMissing: boolean,
  ) {
    super(context, 'Setting');
  }

  private exists(): boolean {
    const present = Object.prototype.hasOwnProperty.call(this.context.host.state.settings, this.settingKey);
    if (!present && this.throwIfMissing) {
      throw new SimHostError('ItemNotFound', `The setting '${this.settingKey}' doesn't exist.`);
    }
    return present;
  }

  load(spec?: string | string[]): this {
    this.queueLoad(propertyNames(spec, ['key', 'value']), (names) => {
      if (!this.exists()) return null;
      const stored = this.context.host.state.settings[this.settingKey];
      const out: Record<string, unknown> = {};
      for (const name of names) {
        if (name === 'key') out.key = this.settingKey;
        else if (name === 'value') out.value = JSON.parse(JSON.stringify(stored)) as unknown;
        else throw new SimHostError('InvalidArgument', `Setting.${name} is not supported here.`);
      }
      return out;
    });
    return this;
  }

  get key(): string {
    return this.loadedProperty('key');
  }

  get value(): unknown {
    return this.loadedProperty('value');
  }

  delete(): void {
    this.context.enqueue(() => {
      if (!this.exists()) {
        throw new SimHostError('InvalidObjectPath', `The setting '${this.settingKey}' is a null object.`);
      }
      delete this.context.host.state.settings[this.settingKey];
    }, true);
  }
}
