'use strict';
const path = require('path');
const ROOT = path.resolve(__dirname, '..', '..', '..');
module.exports = {
  ROOT,
  DISPLAY_DIR: path.join(ROOT, 'skill-package', 'response', 'display'),
  SENT_DIR: path.join(ROOT, 'target', 'screens', 'sent'),
  SHOTS_DIR: path.join(ROOT, 'target', 'screens'),
  SPEECH_BOOK: path.join(ROOT, 'src', 'main', 'resources', 'speech', 'en_US.properties'),
  SCREEN_BOOK: path.join(ROOT, 'src', 'main', 'resources', 'screen', 'en_US.properties')
};
