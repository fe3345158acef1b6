/*
 * 决算校验: the first script of taskpane.html, plain ES5 on purpose (copied as is, never bundled).
 * Webviews too old for the pane (IE11 in Office 2016/2019, old EdgeHTML, Safari before 16.4) cannot
 * parse or run the bundle and would show a blank pane. The bundle sets window.__jsjyStarted as its
 * first act; if it has not when the document has loaded (deferred scripts run before
 * DOMContentLoaded), or the browser lacks what the bundle needs, this says so in Chinese.
 */
(function () {
  'use strict';
  var MESSAGE_TITLE = '此版本的 Office 无法运行决算校验';
  var MESSAGE_BODY =
    '任务窗格所用的浏览器组件版本过旧（例如 Office 2016、2019 或旧版 Windows 自带的组件）。' +
    '请使用 Microsoft 365 或 Office 2021 及以上版本的 Excel，' +
    '或改用决算校验的离线网页版、命令行版本（见使用说明）。';

  function lacksFeatures() {
    return (
      typeof window.Promise !== 'function' ||
      typeof window.Map !== 'function' ||
      typeof window.Symbol !== 'function' ||
      typeof window.TextEncoder !== 'function' ||
      typeof Object.assign !== 'function' ||
      typeof Array.from !== 'function'
    );
  }

  function show() {
    if (window.__jsjyStarted) return;
    var container = document.getElementById('container');
    if (!container) return;
    container.innerHTML = '';
    var box = document.createElement('div');
    box.setAttribute('role', 'alert');
    box.setAttribute('data-testid', 'unsupported');
    box.style.cssText = 'margin:12px;padding:12px;border:1px solid #c50f1f;border-left-width:4px;font-family:sans-serif;font-size:14px;line-height:1.6;color:#242424;background:#fdf3f4';
    var title = document.createElement('strong');
    title.appendChild(document.createTextNode(MESSAGE_TITLE));
    var body = document.createElement('p');
    body.style.margin = '6px 0 0';
    body.appendChild(document.createTextNode(MESSAGE_BODY));
    box.appendChild(title);
    box.appendChild(body);
    container.appendChild(box);
  }

  function onLoaded() {
    if (lacksFeatures() || !window.__jsjyStarted) show();
  }

  if (document.readyState === 'complete') onLoaded();
  else if (document.addEventListener) document.addEventListener('DOMContentLoaded', onLoaded);
  else if (window.attachEvent) window.attachEvent('onload', onLoaded);
})();
