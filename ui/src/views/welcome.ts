// First start: use a local cloud on this computer, or sign in to a Skyfolio server (or create
// an account on one).

import type { Welcome } from "../backend";
import type { Context } from "../context";
import { h } from "../dom";
import { icon } from "../icons";
import logoUrl from "../../../icons/128x128.png";

export function welcomeView(context: Context, signedIn: (welcome: Welcome) => void): HTMLElement {
  const { strings, backend } = context;
  const problem = h("p", { class: "form-error", role: "alert" });
  problem.hidden = true;
  const show = (error: unknown) => {
    problem.textContent = context.describe(error);
    problem.hidden = false;
  };

  const localButton = h("button", { class: "button button-primary button-large", type: "button" }, strings.format("welcome-local-button"));
  localButton.addEventListener("click", async () => {
    localButton.disabled = true;
    localButton.textContent = strings.format("welcome-local-starting");
    try {
      signedIn(await backend.useLocalCloud());
    } catch (error) {
      show(error);
      localButton.disabled = false;
      localButton.textContent = strings.format("welcome-local-button");
    }
  });

  const field = (label: string, input: HTMLInputElement) =>
    h("label", { class: "field" }, h("span", { class: "field-label" }, label), input);
  const server = h("input", { class: "field-input", type: "url", name: "server", placeholder: "https://photos.example.org", required: true, autocomplete: "url" });
  const email = h("input", { class: "field-input", type: "email", name: "email", required: true, autocomplete: "username" });
  const password = h("input", { class: "field-input", type: "password", name: "password", required: true, autocomplete: "current-password" });
  const register = h("input", { type: "checkbox", name: "register" });
  // A server takes new accounts with an invite from its administrator once it has its first.
  const invite = h("input", { class: "field-input", type: "text", name: "invite", autocomplete: "off", spellcheck: "false" });
  const inviteField = field(strings.format("welcome-invite"), invite);
  inviteField.hidden = true;
  const submit = h("button", { class: "button button-primary", type: "submit" }, strings.format("welcome-sign-in-button"));
  register.addEventListener("change", () => {
    submit.textContent = strings.format(register.checked ? "welcome-register-button" : "welcome-sign-in-button");
    password.autocomplete = register.checked ? "new-password" : "current-password";
    inviteField.hidden = !register.checked;
  });
  // A browser signs in to the server that served the page: there is no address to give.
  const form = h(
    "form",
    { class: "welcome-form" },
    backend.desktop ? field(strings.format("welcome-server"), server) : null,
    field(strings.format("welcome-email"), email),
    field(strings.format("welcome-password"), password),
    h("label", { class: "check" }, register, h("span", {}, strings.format("welcome-register"))),
    inviteField,
    submit,
  );
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    submit.disabled = true;
    problem.hidden = true;
    try {
      const code = register.checked ? invite.value.trim() : "";
      signedIn(await backend.signIn(server.value.trim(), email.value.trim(), password.value, register.checked, code === "" ? null : code));
    } catch (error) {
      show(error);
    } finally {
      submit.disabled = false;
    }
  });

  // Over plain http the password and the photos cross the network readable by anyone on the way.
  const insecure =
    !backend.desktop && location.protocol === "http:"
      ? h("p", { class: "welcome-insecure", role: "alert" }, icon("warning", "welcome-insecure-icon"), h("span", {}, strings.format("welcome-not-encrypted")))
      : null;
  // Opened from a computer's QR code whose sign-in code was used already or has expired.
  const pairing = backend.pairingProblem;
  const refused = pairing
    ? h(
        "p",
        { class: "welcome-notice", role: "alert" },
        icon("warning", "welcome-notice-icon"),
        h("span", {}, pairing.code === "invalid-credentials" ? strings.format("welcome-pair-refused") : context.describe(pairing)),
      )
    : null;
  const serverCard = h(
    "section",
    { class: "welcome-card" },
    icon("cloud", "welcome-icon"),
    h("h2", {}, strings.format(backend.desktop ? "welcome-server-title" : "welcome-browser-title")),
    h("p", {}, strings.format(backend.desktop ? "welcome-server-body" : "welcome-browser-body", { host: location.host })),
    refused,
    insecure,
    form,
    // A computer's own local cloud has no password to type: its owner signs a phone in by code.
    backend.desktop ? null : h("p", { class: "welcome-hint" }, strings.format("welcome-pair-hint")),
  );
  return h(
    "main",
    { class: backend.desktop ? "welcome" : "welcome welcome-browser" },
    h(
      "div",
      { class: "welcome-intro" },
      h("img", { class: "welcome-logo", src: logoUrl, alt: "" }),
      h("h1", { class: "welcome-title" }, strings.format("welcome-title")),
      h("p", { class: "welcome-lead" }, strings.format("welcome-lead")),
    ),
    h(
      "div",
      { class: "welcome-choices" },
      backend.desktop
        ? h(
            "section",
            { class: "welcome-card" },
            icon("computer", "welcome-icon"),
            h("h2", {}, strings.format("welcome-local-title")),
            h("p", {}, strings.format("welcome-local-body")),
            localButton,
          )
        : null,
      serverCard,
    ),
    problem,
  );
}
