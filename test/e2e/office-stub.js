// Stand-in for https://appsforoffice.microsoft.com/lib/1/hosted/office.js in the browser tests:
// the Outlook API surface src/office uses, configured by window.__officeStub (set by the test
// before the page loads), recording new-message forms in window.__officeStubCalls.
/* global window */
(function () {
  "use strict";
  var cfg = window.__officeStub || {};
  var calls = (window.__officeStubCalls = []);
  var handlers = (window.__officeStubHandlers = {});
  var ok = function (value) {
    return { status: "succeeded", value: value };
  };
  var later = function (cb, result) {
    setTimeout(function () {
      cb(result);
    }, 0);
  };
  var version = (cfg.mailbox || "1.14").split(".").map(Number);
  var supports = function (name, wanted) {
    var w = String(wanted || "1.1")
      .split(".")
      .map(Number);
    return name === "Mailbox" && (version[0] > w[0] || (version[0] === w[0] && version[1] >= w[1]));
  };
  function makeItem(spec) {
    if (!spec) return null;
    return {
      itemClass: spec.itemClass || "IPM.Note",
      subject: spec.subject || "",
      from: { emailAddress: spec.from || "", displayName: "" },
      // spec.attachments: [{ id, name, eml }] are item attachments (attached messages).
      attachments: (spec.attachments || []).map(function (a) {
        return {
          id: a.id,
          name: a.name,
          attachmentType: "item",
          contentType: "message/rfc822",
          size: a.eml.length,
          isInline: false,
        };
      }),
      getAsFileAsync: function (cb) {
        later(cb, ok(spec.base64));
      },
      body: {
        getAsync: function (_type, cb) {
          later(cb, ok(spec.bodyText || ""));
        },
      },
      getAllInternetHeadersAsync: function (cb) {
        later(cb, ok(spec.headers || ""));
      },
      getAttachmentContentAsync: function (id, cb) {
        var found = (spec.attachments || []).filter(function (a) {
          return a.id === id;
        })[0];
        later(
          cb,
          found
            ? ok({ format: "eml", content: found.eml })
            : { status: "failed", error: { message: "InvalidAttachmentId" } },
        );
      },
    };
  }
  var mailbox = {
    item: makeItem(cfg.item),
    diagnostics: { hostName: cfg.hostName || "OutlookWebApp" },
    addHandlerAsync: function (type, handler, cb) {
      handlers[type] = handler;
      if (typeof cb === "function") later(cb, ok());
    },
    removeHandlerAsync: function (type, cb) {
      handlers[type] = undefined;
      if (typeof cb === "function") later(cb, ok());
    },
    displayNewMessageForm: function (form) {
      calls.push({ api: "displayNewMessageForm", form: form });
    },
    displayNewMessageFormAsync: function (form, cb) {
      calls.push({ api: "displayNewMessageFormAsync", form: form });
      if (typeof cb === "function") later(cb, ok());
    },
  };
  /** Lets a test select another message, as a pinned pane sees it. */
  window.__officeStubSelect = function (spec) {
    mailbox.item = makeItem(spec);
    if (handlers.olkItemSelectedChanged)
      handlers.olkItemSelectedChanged({ type: "olkItemSelectedChanged" });
  };
  var info = { host: "Outlook", platform: cfg.platform || "OfficeOnline" };
  window.Office = {
    HostType: { Outlook: "Outlook" },
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    CoercionType: { Text: "text", Html: "html" },
    EventType: {
      ItemChanged: "olkItemSelectedChanged",
      DragAndDropEvent: "olkDragAndDropEvent",
      OfficeThemeChanged: "officeThemeChanged",
    },
    MailboxEnums: {
      AttachmentContentFormat: { Base64: "base64", Eml: "eml", ICalendar: "iCalendar", Url: "url" },
    },
    context: {
      displayLanguage: cfg.displayLanguage || "en-US",
      platform: info.platform,
      diagnostics: { platform: info.platform },
      officeTheme: { isDarkTheme: !!cfg.isDarkTheme },
      requirements: { isSetSupported: supports },
      mailbox: mailbox,
    },
    onReady: function (cb) {
      if (typeof cb === "function") cb(info);
      return Promise.resolve(info);
    },
  };
})();
