export * from './types';
export { readFigure, readFigureInLabel, parseTarget } from './read';
