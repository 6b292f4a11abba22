// The demo (demo/server.ts + demo/index.html) in Chromium: each button is clicked once, in order, on
// one page, and the card must show what the browser really allowed and what HAProxy decided (with the
// reason of a denial); then the live counters must add up to the cards. The last test saves the page as
// docs/demo.png. The demo's default ports (8000, 8080, 8081, 8082) are used when they are free, so the
// screenshot shows the URLs of the README's quick start; otherwise any free ports.

import * as fs from "node:fs";
import * as path from "node:path";
import { Browser, BrowserContext, Page } from "playwright-core";
import { RunningDemo, startDemo } from "../../demo/server";
import { canListen } from "../support/http";
import { launchChromium } from "./support/chromium";

const SCREENSHOT = path.resolve(__dirname, "../../docs/demo.png");
const DEFAULT_PORTS = { pagePort: 8000, apiPort: 8080, partnerPort: 8081, metricsPort: 8082 };
/** The cards, in the order of the page (and of the tests below). */
const CARDS = ["get", "put", "credentials", "denied"];

/** Counts by frontend, then by decision or denial reason (the words of txn.cors_decision and txn.cors_reason). */
type Counts = Record<string, Record<string, number>>;

function addCount(counts: Counts, frontend: string, counter: string): void {
  const own = (counts[frontend] ??= {});
  own[counter] = (own[counter] ?? 0) + 1;
}

describe("The demo page in Chromium", () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let demo: RunningDemo;
  const consoleLines: string[] = [];
  const serverLog: string[] = [];

  async function run(card: string): Promise<{ status: string | null; texts: (selector: string) => Promise<string[]> }> {
    await page.click(`#run-${card}`);
    await page.waitForSelector(`#${card}[data-state="done"]`, { timeout: 10000 });
    const status = await page.locator(`#${card} [data-status]`).getAttribute("data-status");
    return { status, texts: (selector) => page.locator(`#${card} ${selector}`).allInnerTexts() };
  }

  /** The card must show `status`; otherwise fails with the card's text and what the browser and the demo said. */
  async function expectStatus(card: string, actual: string | null, status: string): Promise<void> {
    if (actual === status) return;
    const text = await page.locator(`#${card}`).innerText();
    throw new Error(
      `Expected the "${card}" card to show ${status}, it shows ${actual}.\ncard:\n${text}\nbrowser console:\n${consoleLines.join("\n")}\ndemo log:\n${serverLog.join("\n")}`,
    );
  }

  beforeAll(async () => {
    browser = await launchChromium();
    const free = await Promise.all(Object.values(DEFAULT_PORTS).map(canListen));
    const ports = free.every(Boolean) ? DEFAULT_PORTS : { pagePort: 0, apiPort: 0, partnerPort: 0, metricsPort: 0 };
    demo = await startDemo({ ...ports, log: (line) => serverLog.push(line) });
    context = await browser.newContext({ viewport: { width: 1200, height: 900 }, deviceScaleFactor: 1, colorScheme: "light" });
    page = await context.newPage();
    page.on("console", (message) => consoleLines.push(`${message.type()}: ${message.text()}`));
    await page.goto(demo.pageUrl);
  });

  /** The live counters' cells, as the page shows them: frontend → decision or reason → count. */
  async function countersShown(): Promise<Counts> {
    const cells = await page
      .locator("#counters td[data-counter]")
      .evaluateAll((tds) => tds.map((td) => ({ frontend: td.getAttribute("data-frontend") ?? "", counter: td.getAttribute("data-counter") ?? "", text: td.textContent ?? "" })));
    const counts: Counts = {};
    for (const { frontend, counter, text } of cells) (counts[frontend] ??= {})[counter] = Number(text);
    return counts;
  }

  /**
   * Waits until the live counters show `expected` (HAProxy publishes its counts every 500 ms and the page
   * reads them every second), then checks them, so that a timeout fails with the difference.
   */
  async function expectCountersToShow(expected: Counts, timeoutMs = 10000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    let shown = await countersShown();
    while (JSON.stringify(shown) !== JSON.stringify(expected) && Date.now() < deadline) {
      await page.waitForTimeout(100);
      shown = await countersShown();
    }
    expect(shown).toEqual(expected);
  }

  /** Every counter of every frontend the table has, at zero. */
  async function zeroCounters(): Promise<Counts> {
    const zeros: Counts = {};
    for (const [frontend, own] of Object.entries(await countersShown())) zeros[frontend] = Object.fromEntries(Object.keys(own).map((counter) => [counter, 0]));
    return zeros;
  }

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await demo?.stop();
  });

  test("The page names its own origin and shows the two policies of the generated haproxy.cfg.", async () => {
    expect(await page.locator("#page-origin").innerText()).toBe(demo.pageUrl.replace(/\/$/, ""));
    const policy = await page.locator("#policy").innerText();
    expect(policy).toContain(`origins=${demo.pageUrl.replace(/\/$/, "")}`);
    expect(policy).toContain("origins=https://partner.example.com");
    expect(policy).toContain("%[var(txn.cors_reason)]");
    expect(policy).toContain("http-request use-service lua.cors-metrics");
  });

  test("Before any call, the live counters list every decision and denial reason of both CORS frontends, at zero.", async () => {
    await page.waitForSelector("#counters-state:text-is('live')", { timeout: 10000 });
    const shown = await countersShown();
    expect(Object.keys(shown).sort()).toEqual(["api", "partner-api"]);
    for (const own of Object.values(shown)) {
      expect(Object.keys(own)).toEqual(expect.arrayContaining(["not-cors", "allowed", "denied", "preflight-allowed", "preflight-denied", "origin-not-allowed", "headers-not-allowed", "method-not-allowed"]));
    }
    await expectCountersToShow(await zeroCounters());
  });

  test("The allowed GET shows 200, the exposed X-Total-Count but not X-Request-Id, and what HAProxy and the API saw.", async () => {
    const card = await run("get");
    await expectStatus("get", card.status, "200");
    const headers = await card.texts(".headers li");
    expect(headers).toContain("x-total-count: 3");
    expect(headers.join("\n")).not.toContain("x-request-id");
    // An allowed request has a decision and no reason.
    expect(await card.texts(".events li")).toEqual(["API GET /api/items", "HAProxy api: GET /api/items → 200 cors_decision=allowed"]);
  });

  test("The preflighted PUT shows 200, and that HAProxy answered the OPTIONS without the API.", async () => {
    const card = await run("put");
    await expectStatus("put", card.status, "200");
    const events = await card.texts(".events li");
    expect(events).toContain("HAProxy api: OPTIONS /api/items/2 → 204 cors_decision=preflight-allowed");
    expect(events.join("\n")).not.toContain("reason=");
    expect(await card.texts(".events li.api")).toEqual(["API PUT /api/items/2"]);
    expect((await card.texts(".why")).join()).toContain("HAProxy answered the OPTIONS itself");
  });

  test("The credentialed call shows 200 and the session cookie the API received.", async () => {
    const card = await run("credentials");
    await expectStatus("credentials", card.status, "200");
    expect((await card.texts("pre.body")).join()).toContain('"cookieReceived": "demo_session=demo-1"');
    expect(await card.texts(".events li.api")).toEqual(["API POST /api/login", "API GET /api/me (cookie ✓)"]);
    expect(await card.texts(".events li.haproxy")).toEqual(["HAProxy api: POST /api/login → 200 cors_decision=allowed", "HAProxy api: GET /api/me → 200 cors_decision=allowed"]);
  });

  test("The call to the partner-only frontend shows that the browser blocked it, and the console says why.", async () => {
    const card = await run("denied");
    await expectStatus("denied", card.status, "blocked");
    expect((await card.texts(".status")).join()).toContain("TypeError: Failed to fetch");
    expect(consoleLines.join("\n")).toContain(`Access to fetch at '${demo.partnerUrl}/api/items' from origin '${demo.pageUrl.replace(/\/$/, "")}' has been blocked by CORS policy`);
    // The request was sent and answered: CORS hid the answer from the page. HAProxy's log says why it denied.
    expect(await card.texts(".events li")).toEqual(["API GET /api/items", "HAProxy partner-api: GET /api/items → 200 cors_decision=denied reason=origin-not-allowed"]);
    expect((await card.texts(".why")).join()).toContain("HAProxy denied it (origin-not-allowed)");
  });

  test("After the four calls, the live counters are what the cards' HAProxy lines add up to: each blocked card is a denial of its frontend.", async () => {
    // Each HAProxy line of a card is one decision of its frontend, and a denied one also counts its reason.
    const lines = await page
      .locator(".card .events li.haproxy")
      .evaluateAll((items) => items.map((li) => ({ frontend: li.getAttribute("data-frontend") ?? "", decision: li.getAttribute("data-decision") ?? "", reason: li.getAttribute("data-reason") })));
    const expected = await zeroCounters();
    for (const { frontend, decision, reason } of lines) {
      addCount(expected, frontend, decision);
      if (reason !== null) addCount(expected, frontend, reason);
    }
    // The same, counted by card: the browser blocked a card exactly when HAProxy denied its request.
    const deniedCards: Counts = {};
    for (const card of CARDS) {
      if ((await page.locator(`#${card} [data-status]`).getAttribute("data-status")) !== "blocked") continue;
      const frontends = await page.locator(`#${card} .events li.haproxy[data-decision="denied"]`).evaluateAll((items) => items.map((li) => li.getAttribute("data-frontend") ?? ""));
      for (const frontend of new Set(frontends)) addCount(deniedCards, frontend, "denied");
    }
    expect(Object.keys(deniedCards)).toEqual(["partner-api"]);
    for (const [frontend, own] of Object.entries(expected)) expect(own.denied).toBe(deniedCards[frontend]?.denied ?? 0);

    await expectCountersToShow(expected);
  });

  test("A 1200-pixel-wide screenshot of the page after the four calls is saved to docs/demo.png.", async () => {
    fs.mkdirSync(path.dirname(SCREENSHOT), { recursive: true });
    const png = await page.screenshot({ path: SCREENSHOT, fullPage: true });
    expect(png.readUInt32BE(16)).toBe(1200); // the IHDR width
    expect(png.readUInt32BE(20)).toBeGreaterThan(600);
  });
});

