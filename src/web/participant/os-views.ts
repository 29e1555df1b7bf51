/** The Open Space views, loaded as their own chunk: a Learning Café phone never downloads them. */
export { OsGroupView } from './os-group-view.tsx';
export { OsMarketplace } from './os-marketplace.tsx';
export { OsOpening } from './os-opening.tsx';
export { OsPearls } from './os-pearls.tsx';
