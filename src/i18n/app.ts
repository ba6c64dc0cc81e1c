// The page's frame: title, view headings, the classroom bar, the engine note, the language picker.
import { messages } from './i18n';

export const appMsg = messages(
  {
    subtitle: "Taylor models, gradient descent and Newton's method on a loss surface",
    contourMap: 'Contour map',
    contourHint: 'drag p · shift-click (or long-press) sets the start',
    surface3d: '3D surface',
    surfaceHeading: 'Surface and Taylor models',
    surfaceHint: 'drag to rotate',
    insideOptimizers: 'Inside the optimizers',
    engineNote: (backend: string, why: string) =>
      `Computed with TensorFlow.js (${backend}) in float32${why ? `: ${why}` : ''}.`,
  },
  {
    subtitle: '损失曲面上的泰勒模型、梯度下降与牛顿法',
    contourMap: '等高线图',
    contourHint: '拖动 p · Shift+单击（或长按）设置起点',
    surface3d: '三维曲面',
    surfaceHeading: '曲面与泰勒模型',
    surfaceHint: '拖动以旋转',
    insideOptimizers: '优化器内部',
    engineNote: (backend, why) => `由 TensorFlow.js（${backend}）以 float32 计算${why ? `：${why}` : ''}。`,
  },
);

export const classroomBarMsg = messages(
  {
    toolbar: 'Classroom',
    share: 'Share',
    orEmbed: ' or embed',
    presentTitle: 'Presenter mode (P)',
    present: 'Present',
    exitPresent: 'Exit presenter',
    tourLabel: 'Guided tour',
    tourPick: 'Guided tour…',
    fullscreenTitle: 'Fullscreen (F)',
    fullscreen: 'Fullscreen',
    shortcutsTitle: 'Keyboard shortcuts (?)',
    shortcuts: 'Keyboard shortcuts',
    shareTitle: 'Share this scene',
  },
  {
    toolbar: '课堂',
    share: '分享',
    orEmbed: '或嵌入',
    presentTitle: '演示模式（P）',
    present: '演示',
    exitPresent: '退出演示',
    tourLabel: '导览',
    tourPick: '导览…',
    fullscreenTitle: '全屏（F）',
    fullscreen: '全屏',
    shortcutsTitle: '键盘快捷键（?）',
    shortcuts: '键盘快捷键',
    shareTitle: '分享此场景',
  },
);

export const langMsg = messages(
  {
    label: 'Language',
    locked: 'Fixed by the page that links to this scene (lock)',
  },
  {
    label: '语言',
    locked: '由链接到此场景的页面固定（lock）',
  },
);
