import { createContext, useContext } from 'react';
import type { Lang } from '../../engine/rules/types';
import { t, type MessageKey } from '../messages';

export const LangContext = createContext<Lang>('zh');

export type Translate = (key: MessageKey, data?: Readonly<Record<string, string | number>>) => string;

export function useT(): Translate {
  const lang = useContext(LangContext);
  return (key, data) => t(lang, key, data);
}
