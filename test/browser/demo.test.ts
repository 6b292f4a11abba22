// The demo (demo/server.ts + demo/index.html) in Chromium: each button is clicked once, in order, on
// one page, and the card must show what the browser really allowed. The last test saves the page as
// docs/demo.png. The demo's default ports (8000, 8080, 8081) are used when they are free, so the
// screenshot shows the URLs of the README's quick start; otherwise any free ports.

import * as fs from "node:fs";
import * as path from "node:path";
import { Browser, BrowserContext, Page } from "playwright-core";
import { RunningDemo, startDemo } from "../../demo/server";
import { canListen } from "../support/http";
import { launchChromium } from "./support/chromium";

const SCREENSHOT = path.resolve(__dirname, "../../docs/demo.png");
const DEFAULT_PORTS = { pagePort: 8000, apiPort: 8080, partnerPort: 8081 };

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
    const ports = free.every(Boolean) ? DEFAULT_PORTS : { pagePort: 0, apiPort: 0, partnerPort: 0 };
    demo = await startDemo({ ...ports, log: (line) => serverLog.push(line) });
    context = await browser.newContext({ viewport: { width: 1200, height: 900 }, deviceScaleFactor: 1, colorScheme: "light" });
    page = await context.newPage();
    page.on("console", (message) => consoleLines.push(`${message.type()}: ${message.text()}`));
    await page.goto(demo.pageUrl);
  });

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
  });

  test("The allowed GET shows 200, the exposed X-Total-Count but not X-Request-Id, and what HAProxy and the API saw.", async () => {
    const card = await run("get");
    await expectStatus("get", card.status, "200");
    const headers = await card.texts(".headers li");
    expect(headers).toContain("x-total-count: 3");
    expect(headers.join("\n")).not.toContain("x-request-id");
    expect(await card.texts(".events li")).toEqual(["API GET /api/items", "HAProxy GET /api/items → 200 allowed"]);
  });

  test("The preflighted PUT shows 200, and that HAProxy answered the OPTIONS without the API.", async () => {
    const card = await run("put");
    await expectStatus("put", card.status, "200");
    const events = await card.texts(".events li");
    expect(events).toContain("HAProxy OPTIONS /api/items/2 → 204 preflight-allowed");
    expect(await card.texts(".events li.api")).toEqual(["API PUT /api/items/2"]);
    expect((await card.texts(".why")).join()).toContain("HAProxy answered the OPTIONS itself");
  });

  test("The credentialed call shows 200 and the session cookie the API received.", async () => {
    const card = await run("credentials");
    await expectStatus("credentials", card.status, "200");
    expect((await card.texts("pre.body")).join()).toContain('"cookieReceived": "demo_session=demo-1"');
    expect(await card.texts(".events li.api")).toEqual(["API POST /api/login", "API GET /api/me (cookie ✓)"]);
  });

  test("The call to the partner-only frontend shows that the browser blocked it, and the console says why.", async () => {
    const card = await run("denied");
    await expectStatus("denied", card.status, "blocked");
    expect((await card.texts(".status")).join()).toContain("TypeError: Failed to fetch");
    expect(consoleLines.join("\n")).toContain(`Access to fetch at '${demo.partnerUrl}/api/items' from origin '${demo.pageUrl.replace(/\/$/, "")}' has been blocked by CORS policy`);
    // The request was sent and answered: CORS hid the answer from the page.
    expect(await card.texts(".events li")).toEqual(["API GET /api/items", "HAProxy GET /api/items → 200 denied"]);
  });

  test("A 1200-pixel-wide screenshot of the page after the four calls is saved to docs/demo.png.", async () => {
    fs.mkdirSync(path.dirname(SCREENSHOT), { recursive: true });
    const png = await page.screenshot({ path: SCREENSHOT, fullPage: true });
    expect(png.readUInt32BE(16)).toBe(1200); // the IHDR width
    expect(png.readUInt32BE(20)).toBeGreaterThan(600);
  });
});

