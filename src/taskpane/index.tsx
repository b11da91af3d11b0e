// Task pane entry: the page's container gets the pane once Office is ready (start-pane.tsx).
import { startPane } from './start-pane';

const container = document.getElementById('container');
if (container) void startPane(container);
