// The words of sender-verification ("challenge-response") replies: a filter on the recipient's
// side holds a message from an unknown sender and asks the sender to prove they are a person.
// From the services' own descriptions of their challenge mail: cPanel BoxTrapper's verify
// template (its "verify#" subject and "real live human being" wording, fused.com/docs/email/
// features/boxtrapper), Spam Arrest's unverified folder and word to type (spamarrest.com/help),
// ChoiceMail's registration request ("Click here to verify your identity", digiportal.com),
// Mailinblack's authentication request and captcha (support.mailinblack.com), Boxbe's Waiting
// List, TMDA's confirmation request, IceWarp's Challenge Response, and the challenge users quote
// (askleo.com: "please visit this link to confirm your identity in order for your mail to be
// delivered"). All lower case, matched in the reply's opening with its lines joined.

/** The reply asks the sender to prove they are a person, or to confirm or register as a sender. */
export const CHALLENGE_ASKS: readonly string[] = [
  "real live human",
  "you are a person",
  "you are a real",
  "you're a real",
  "you are human",
  "you are a human",
  "you're human",
  "not a robot",
  "not an automated",
  "not a spam source",
  "verify your identity",
  "confirm your identity",
  "sender verification",
  "challenge response",
  "challenge-response",
  "confirmation system",
  "register with me",
  "senders to register",
  "authenticate yourself",
  "after you authorize",
  "release your message",
  "confirm that you sent",
  "verify your email address",
  // French, German, Japanese
  "pas un robot",
  "demande d'authentification",
  "ein mensch sind",
  "als absender bestätigt",
  "送信者確認",
  "送信者認証",
  "ロボットではない",
];

/** The reply says the sender's message waits: held, pending, not delivered until they act. */
export const CHALLENGE_HOLDS: readonly string[] = [
  "your message is pending",
  "your message has been held",
  "your message is being held",
  "message is on hold",
  "your message has been stored",
  "your message is waiting",
  "is waiting in my",
  "unverified folder",
  "waiting list",
  "has been quarantined",
  "has not been delivered",
  "will be delivered as soon as",
  "will be delivered after",
  "will be delivered once",
  "will not be delivered until",
  "before their email reaches",
  "in order for your mail to be delivered",
  "will be released",
  "was held by",
  "has been held by",
  "held in our queue",
  "the message you sent requires",
  // French, German, Japanese
  "votre message est en attente",
  "en attente tant que",
  "zurückgehalten",
  "wird ihre nachricht zugestellt",
  "保留されて",
  "保留中",
];

/** Subjects that name the challenge itself (BoxTrapper's "verify#" is its release key). */
export const CHALLENGE_SUBJECTS: readonly string[] = [
  "verify#",
  "sender verification",
  "challenge response",
  "challenge-response",
  "authentication request",
  "registration request",
  "demande d'authentification",
  "送信者確認",
];
