/** Behaviour shared by every page: theme, the "/" search shortcut, copy-link buttons, image zoom. */
import { setUpCopyLinks } from './copy-link.ts';
import { setUpImageZoom } from './image-zoom.ts';
import { setUpSearchShortcut } from './search-shortcut.ts';
import { setUpTheme } from './theme.ts';

setUpTheme();
setUpSearchShortcut();
setUpCopyLinks();
setUpImageZoom();
