// The try-out header: what this page is, a choice of sample workbooks, and "open your own .xlsx" (file picker; the
// page also takes a dropped file). Reading happens in the browser; nothing is sent anywhere.
import { Button, FluentProvider, Select, webLightTheme } from '@fluentui/react-components';
import { useRef } from 'react';
import type { Lang } from '../engine/rules/types';
import { previewText } from './messages';
import { PREVIEW_SAMPLES } from './samples';

export interface HeaderProps {
  readonly lang: Lang;
  /** Index into PREVIEW_SAMPLES, or -1 while the reviewer's own file is open. */
  readonly sample: number;
  readonly ownFile: string | null;
  readonly status: { readonly text: string; readonly error: boolean } | null;
  onSample(index: number): void;
  onFile(file: File): void;
}

export function PreviewHeader(props: HeaderProps) {
  const text = (key: Parameters<typeof previewText>[1], data?: Record<string, string>) =>
    previewText(props.lang, key, data);
  const input = useRef<HTMLInputElement>(null);
  return (
    <FluentProvider
      theme={webLightTheme}
      className="preview-header"
      lang={props.lang === 'zh' ? 'zh-CN' : 'en-US'}
    >
      <div className="preview-intro">
        <h1>{text('title')}</h1>
        <p>{text('about')}</p>
      </div>
      <div className="preview-controls">
        <label htmlFor="sample-select">{text('sample')}</label>
        <Select
          id="sample-select"
          size="small"
          value={String(props.sample)}
          onChange={(_event, data) => props.onSample(Number(data.value))}
          data-testid="sample-select"
        >
          {props.sample === -1 && props.ownFile && (
            <option value="-1">{text('ownFile', { name: props.ownFile })}</option>
          )}
          {PREVIEW_SAMPLES.map((sample, index) => (
            <option key={index} value={String(index)}>
              {sample.label[props.lang]}
            </option>
          ))}
        </Select>
        <Button size="small" onClick={() => input.current?.click()} data-testid="open-own">
          {text('openOwn')}
        </Button>
        <input
          ref={input}
          type="file"
          accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          className="file-input"
          tabIndex={-1}
          aria-hidden="true"
          data-testid="open-file"
          onChange={(event) => {
            const file = event.target.files?.[0];
            if (file) props.onFile(file);
            event.target.value = ''; // the same file can be chosen again
          }}
        />
        <span className="preview-hint">{text('dropHint')}</span>
      </div>
      <p
        className={props.status?.error ? 'preview-status preview-error' : 'preview-status'}
        role="status"
        data-testid="preview-status"
      >
        {props.status?.text ?? ''}
      </p>
    </FluentProvider>
  );
}
