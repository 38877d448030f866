#!/usr/bin/env python3
"""A real browser against the real server: headless Chromium, JavaScript switched off, a 360-pixel-wide window.

Starts `cuentas serve` on a scratch copy of the sample portfolio, signs in as a club treasurer, records a donation
through the form, then as a municipal official publishes; checks what the pages say, that nothing is wider than the
phone's screen, and saves the app's pages (raw HTML) for the Nu HTML Checker and screenshots for people to look at.

Usage: web_browser_test.py --binary .build/debug/cuentas --work DIR
"""
import argparse
import http.cookiejar
import importlib.util
import json
import os
import re
import shutil
import socket
import subprocess
import sys
import time
import urllib.request

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.common.exceptions import WebDriverException
from selenium.webdriver.support.ui import Select, WebDriverWait

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def check(condition, message):
    if not condition:
        raise AssertionError(message)
    print("  ok:", message)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--binary", required=True)
    parser.add_argument("--work", required=True)
    args = parser.parse_args()
    binary = os.path.abspath(args.binary)
    work = os.path.abspath(args.work)
    shutil.rmtree(work, ignore_errors=True)
    os.makedirs(os.path.join(work, "pages"))
    env = dict(os.environ, CUENTAS_DB=os.path.join(work, "cuentas.sqlite"), BCRYPT_COST="4",
               PATH=os.path.dirname(binary) + os.pathsep + os.environ["PATH"])
    run = lambda command: subprocess.run(command, shell=True, check=True, env=env, cwd=ROOT, stdout=subprocess.DEVNULL)
    run("cuentas init && bash SampleData/load.sh && bash SampleData/users.sh")
    run(f"cuentas publish --out {work}/site --remittance-prices SampleData/reference/remittance-prices-usa-mex.csv")
    port = free_port()
    # The site's address given, so receipts carry it as a link and a QR code (read back below).
    server = subprocess.Popen([binary, "serve", "--port", str(port), "--site", f"{work}/site", "--base-url", f"http://127.0.0.1:{port}/"], env=env, cwd=ROOT,
                              stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(100):
            try:
                urllib.request.urlopen(base + "/app/login", timeout=1)
                break
            except OSError:
                time.sleep(0.1)
        # Every page must work without JavaScript: the browser runs none.
        run(f"cuentas key new --name 'Tesorería (prueba)' --out {work}/test.key && "
            f"cuentas publish --out {work}/signed --sign {work}/test.key")
        driver = browser(javascript=False)
        try:
            public_pages(driver, base, work)
            verification_page(work)
            flow(driver, base, work)
        finally:
            driver.quit()
            if AXE_BROWSER:
                AXE_BROWSER.quit()
    finally:
        server.terminate()
        server.wait(timeout=10)
    print("Browser test passed; screenshots and pages in", work)


def axe_source():
    """axe-core, as the axe-playwright-python package ships it (installed without Playwright: only its axe.min.js is
    used, injected through the DevTools protocol, since the pages themselves run no script)."""
    folder = importlib.util.find_spec("axe_playwright_python").submodule_search_locations[0]
    with open(os.path.join(folder, "axe.min.js"), encoding="utf-8") as file:
        return file.read()


AXE = None


def browser(javascript):
    options = webdriver.ChromeOptions()
    options.binary_location = shutil.which("chromium") or "/usr/bin/chromium"
    for flag in ["--headless=new", "--no-sandbox", "--disable-gpu", "--window-size=360,800", "--lang=es-MX"]:
        options.add_argument(flag)
    prefs = {"intl.accept_languages": "es-MX,es"}
    if not javascript:
        prefs["profile.managed_default_content_settings.javascript"] = 2
    options.add_experimental_option("prefs", prefs)
    driver = webdriver.Chrome(service=Service(shutil.which("chromedriver") or "/usr/bin/chromedriver"), options=options)
    driver.set_window_size(360, 800)
    return driver


AXE_BROWSER = None


def accessibility_violations(driver, html=None):
    """The WCAG 2.1 A and AA rules axe finds broken on the page as shown, as "rule: element" lines. axe needs its own
    timers, which a browser without JavaScript never runs: the page as shown (errors and values included) is put into a
    second browser at the same address, at the same width, and checked there."""
    global AXE, AXE_BROWSER
    AXE = AXE or axe_source()
    AXE_BROWSER = AXE_BROWSER or browser(javascript=True)
    if html is None:
        shown = driver.execute_cdp_cmd("Runtime.evaluate", {"expression": "document.documentElement.outerHTML", "returnByValue": True})
        html = shown["result"]["value"]
    AXE_BROWSER.get(driver.current_url)
    frame = AXE_BROWSER.execute_cdp_cmd("Page.getFrameTree", {})["frameTree"]["frame"]["id"]
    AXE_BROWSER.execute_cdp_cmd("Page.setDocumentContent", {"frameId": frame, "html": "<!DOCTYPE html>" + html})
    driver = AXE_BROWSER
    expression = AXE + """;
        axe.run(document, {runOnly: {type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]}})
           .then(r => JSON.stringify(r.violations.map(v => v.id + ": " + v.nodes.map(n => n.target.join(" ")).join(", "))))"""
    result = driver.execute_cdp_cmd("Runtime.evaluate", {"expression": expression, "awaitPromise": True, "returnByValue": True})
    if "exceptionDetails" in result:
        raise AssertionError("axe did not run: " + str(result["exceptionDetails"])[:300])
    return json.loads(result["result"]["value"])


AXE_PROVEN = False


def accessible(driver, what):
    global AXE_PROVEN
    if not AXE_PROVEN:
        # The check can fail: a page with an unlabelled field and no language is found wanting first.
        found = accessibility_violations(driver, html='<html><head><title>t</title></head><body><input id="x"></body></html>')
        check(any(v.startswith("html-has-lang") for v in found) and any(v.startswith("label") for v in found),
              "axe finds an unlabelled field and a page without a language: " + "; ".join(found))
        AXE_PROVEN = True
    violations = accessibility_violations(driver)
    check(not violations, f"axe finds no WCAG 2.1 AA violation on {what}" + ("".join("\n    " + v for v in violations)))


def fits_the_screen(driver):
    width = driver.execute_cdp_cmd("Runtime.evaluate", {"expression": "document.documentElement.scrollWidth", "returnByValue": True})
    return width["result"]["value"] <= 360


def replaced(old_page):
    """Whether the page element is gone. Like `staleness_of`, but ChromeDriver sometimes reports a page being replaced
    as "Node with given id does not belong to the document" instead of a stale element (it failed one run in about
    seven here); either means the old page is gone."""
    def condition(_driver):
        try:
            old_page.is_enabled()
            return False
        except WebDriverException:
            return True
    return condition


def navigate(driver, element):
    """Clicks a link or a submit button and waits until the next page has replaced this one (publishing takes a
    few seconds; a click returns before the new page arrives)."""
    old_page = driver.find_element(By.TAG_NAME, "html")
    element.click()
    WebDriverWait(driver, 60).until(replaced(old_page))
    WebDriverWait(driver, 60).until(lambda d: d.execute_cdp_cmd(
        "Runtime.evaluate", {"expression": "document.readyState", "returnByValue": True})["result"]["value"] == "complete")


def sign_in(driver, base, name, password):
    driver.get(base + "/app/login")
    driver.find_element(By.ID, "field-name").send_keys(name)
    driver.find_element(By.ID, "field-password").send_keys(password)
    navigate(driver, driver.find_element(By.CSS_SELECTOR, "main form button[type=submit]"))


def flow(driver, base, work):
    driver.get(base + "/app/login")
    check(driver.find_element(By.TAG_NAME, "h1").text == "Entrar", "the sign-in page is in Spanish for a Spanish browser")
    check(fits_the_screen(driver), "the sign-in page fits 360 pixels")
    accessible(driver, "the sign-in page")
    driver.save_screenshot(os.path.join(work, "01-login.png"))

    sign_in(driver, base, "tesorera.canon", "wrong password")
    check("Nombre o contraseña incorrectos." in driver.page_source, "a wrong password is refused with a message")

    sign_in(driver, base, "tesorera.canon", "tesorera-demo-2026")
    check(driver.find_element(By.TAG_NAME, "h1").text == "Club Social Cañonero de Los Ángeles", "the treasurer lands on her club")
    check(fits_the_screen(driver), "the treasurer's start page fits 360 pixels")
    driver.save_screenshot(os.path.join(work, "02-treasurer-home.png"))

    navigate(driver, driver.find_element(By.LINK_TEXT, "Registrar un donativo o ingreso de evento"))
    driver.find_element(By.ID, "field-amount").send_keys("1,2.5")
    driver.find_element(By.ID, "field-event").send_keys("Kermés navideña")
    navigate(driver, driver.find_element(By.CSS_SELECTOR, "main form button[type=submit]"))
    error = driver.find_element(By.ID, "error-amount").text
    check("no es válido" in error and "amount" not in error, "a bad amount comes back next to its field, in Spanish: " + error)
    check(driver.find_element(By.ID, "field-event").get_attribute("value") == "Kermés navideña", "the other values are kept")
    check(fits_the_screen(driver), "the form with errors fits 360 pixels")
    accessible(driver, "the donation form with an error")
    driver.save_screenshot(os.path.join(work, "03-donation-error.png"))
    amount = driver.find_element(By.ID, "field-amount")
    amount.clear()
    amount.send_keys("125.50")
    navigate(driver, driver.find_element(By.CSS_SELECTOR, "main form button[type=submit]"))
    notice = driver.find_element(By.CSS_SELECTOR, "p.notice").text
    check(notice.startswith("Registrado."), "the donation is recorded: " + notice)
    said = driver.find_element(By.CSS_SELECTOR, "main").text
    check(re.search(r"Movimiento #\d+, del .*: donativo de \$125\.50 USD al fondo de .* \(evento «Kermés navideña»\)\. Lo registró tesorera\.canon\.", said) is not None,
          "what was recorded is read back in words: " + said)
    driver.save_screenshot(os.path.join(work, "04-donation-recorded.png"))
    receipt_link = driver.find_element(By.PARTIAL_LINK_TEXT, "para el donante")
    code = re.search(r"Recibo ([0-9A-Z*~$=]{5}-[0-9A-Z*~$=]{5})", receipt_link.text).group(1)
    navigate(driver, receipt_link)
    said = driver.find_element(By.CSS_SELECTOR, "main").text
    check("¿A dónde fue mi dinero?" in said and code in said, "the receipt page shows the code: " + said[:300])
    check("Tu donativo de $125.50 USD" in said, "the receipt names the donation: " + said[:300])
    check(fits_the_screen(driver), "the receipt fits 360 pixels")
    accessible(driver, "the treasurer's receipt")
    address = driver.find_element(By.CSS_SELECTOR, ".receipt-address a").get_attribute("href")
    check(address.startswith(base + "/r/"), "the receipt carries its public page's address: " + address)
    driver.save_screenshot(os.path.join(work, "04a-receipt.png"))
    # The QR code as the screen shows it, read back by zbarimg (a phone's camera would read the same pixels).
    qr_image = os.path.join(work, "04b-receipt-qr.png")
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {"width": 360, "height": 2400, "deviceScaleFactor": 2, "mobile": True})
    driver.find_element(By.CSS_SELECTOR, "svg.qr").screenshot(qr_image)
    driver.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})
    decoded = subprocess.run(["zbarimg", "--quiet", "--raw", qr_image], capture_output=True, text=True).stdout.strip()
    check(decoded == address, f"the QR code reads as the page's address: {decoded!r} (expected {address!r})")
    receipt_path = "/app/receipts/" + code.replace("-", "")

    for path in ["/app/record/donation", "/app/record/sending", "/app/record/transfer", "/app/import", "/app/record/reversal",
                 "/app/club/details", "/app/password"]:
        driver.get(base + path)
        check(fits_the_screen(driver), f"{path} fits 360 pixels")
        accessible(driver, path)
    driver.get(base + "/app")
    save_raw_pages(driver, base, work, ["/app", "/app/record/donation", "/app/record/sending", "/app/record/transfer", "/app/import",
                                        "/app/projects/3X1-2023-001", "/app/club/details", "/app/password", "/app/receipts",
                                        receipt_path], "treasurer")
    navigate(driver, driver.find_element(By.CSS_SELECTOR, "nav form button"))
    check(driver.current_url.endswith("/app/login"), "signing out goes back to the sign-in page")

    sign_in(driver, base, "oficial.canon", "oficial-canon-2026")
    check("Municipio de San Miguel del Cañón" in driver.find_element(By.TAG_NAME, "h1").text, "the official lands on his municipality")
    driver.save_screenshot(os.path.join(work, "05-official-home.png"))
    check("Envíos en camino" in driver.find_element(By.CSS_SELECTOR, "main").text,
          "the official's start page lists the clubs' sendings in transit")
    save_raw_pages(driver, base, work, ["/app", "/app/record/payment", "/app/record/deposit", "/app/record/arrival", "/app/record/approval",
                                        "/app/record/project", "/app/record/progress", "/app/record/status",
                                        "/app/record/reversal"], "official")
    # A payment without typing a folio, a line number or a currency: the line is chosen, with what is left on it.
    driver.get(base + "/app/record/payment")
    lines = Select(driver.find_element(By.ID, "field-budget_line"))
    choices = [o for o in lines.options if o.get_attribute("value")]
    check(choices and "quedan" in choices[0].text, "the payment form lists budget lines with what is left: "
          + ", ".join(o.text for o in choices[:3]))
    with_room = [o for o in choices if "quedan $0.00" not in o.text]
    lines.select_by_value(with_room[0].get_attribute("value"))
    driver.find_element(By.ID, "field-payee").send_keys("Materiales del Cañón SA de CV")
    driver.find_element(By.ID, "field-payee_tax_id").send_keys("MCA1703149K2")
    driver.find_element(By.ID, "field-amount").send_keys("1500.00")
    driver.find_element(By.ID, "field-invoice_uuid").send_keys("0F9619FF-8B86-D011-B42D-00C04FC964FF")
    check(fits_the_screen(driver), "the payment form fits 360 pixels")
    accessible(driver, "the payment form")
    navigate(driver, driver.find_element(By.CSS_SELECTOR, "main form button[type=submit]"))
    said = driver.find_element(By.CSS_SELECTOR, "main").text
    check(re.search(r"pago de \$1,500\.00 MXN a Materiales del Cañón SA de CV, partida \d+ del proyecto", said) is not None,
          "the official records a payment by choosing its line: " + said[:400])
    driver.save_screenshot(os.path.join(work, "05a-payment-recorded.png"))
    # Confirming an arrival: the sendings in transit to the municipality's projects are offered, with their age.
    driver.get(base + "/app/record/arrival")
    sendings = [o for o in Select(driver.find_element(By.ID, "field-sending")).options if o.get_attribute("value")]
    check(sendings and "días" in sendings[0].text, "the arrival form lists the sendings in transit with their age: "
          + ", ".join(o.text for o in sendings[:2]))
    for form in ["arrival", "deposit", "progress", "approval", "status", "project"]:
        driver.get(base + "/app/record/" + form)
        check(fits_the_screen(driver), f"the {form} form fits 360 pixels")
        accessible(driver, f"the {form} form")
    # Amending, never editing: the project's details and its budget's lines, each form with the values in force.
    for path in ["/app/projects/3X1-2024-002/correct", "/app/projects/3X1-2024-002/reprogram"]:
        driver.get(base + path)
        check(fits_the_screen(driver), f"{path} fits 360 pixels")
        accessible(driver, path)
    check(driver.find_element(By.ID, "field-line_1").get_attribute("value") == "1800000.00",
          "the re-programming form starts from each line's amount in force")
    driver.save_screenshot(os.path.join(work, "05d-reprogram-form.png"))
    save_raw_pages(driver, base, work, ["/app/projects/3X1-2024-002/correct", "/app/projects/3X1-2024-002/reprogram"], "official")
    driver.get(base + "/app")
    navigate(driver, driver.find_element(By.XPATH, "//button[text()='Publicar ahora']"))
    # Publishing runs in the background: the page says it is under way, and "Actualizar" shows when it is done.
    for _ in range(600):
        if "en curso" not in driver.page_source:
            break
        time.sleep(0.1)
        navigate(driver, driver.find_element(By.LINK_TEXT, "Actualizar"))
    check("Sitio publicado" in driver.page_source, "the official publishes from the app: " + driver.find_element(By.TAG_NAME, "main").text[:300])
    check(fits_the_screen(driver), "the publication's state page fits 360 pixels")
    driver.save_screenshot(os.path.join(work, "05b-publication-state.png"))
    save_raw_pages(driver, base, work, ["/app/publish"], "official")
    navigate(driver, driver.find_element(By.CSS_SELECTOR, "nav form button"))

    sign_in(driver, base, "auditora", "auditora-demo-2026")
    check("Municipios, página 1 de 1" in driver.page_source, "the auditor's start page lists the municipalities a page at a time")
    check(fits_the_screen(driver), "the auditor's start page fits 360 pixels")
    driver.save_screenshot(os.path.join(work, "05c-auditor-home.png"))
    save_raw_pages(driver, base, work, ["/app"], "auditor")
    driver.get(base + "/es/clubs/CLUB-CANON-LA.html")
    check("Kermés navideña" in driver.page_source, "the public club page shows the new donation")
    check(fits_the_screen(driver), "the public club page fits 360 pixels")
    driver.save_screenshot(os.path.join(work, "06-public-club.png"))
    # The receipt's public page, published by the official above: both languages, no member, found at its address.
    driver.get(address)
    said = driver.find_element(By.TAG_NAME, "main").text
    check(code in said and "Where did my money go?" in said and "¿A dónde fue mi dinero?" in said, "the public receipt: " + said[:300])
    check("noindex" in driver.page_source, "the public receipt is kept out of search engines")
    check(fits_the_screen(driver), "the public receipt fits 360 pixels")
    accessible(driver, "the public receipt")
    driver.save_screenshot(os.path.join(work, "07-public-receipt.png"))


def evaluate(driver, expression):
    result = driver.execute_cdp_cmd("Runtime.evaluate", {"expression": expression, "returnByValue": True})
    if "exceptionDetails" in result:
        raise AssertionError("could not measure the page: " + str(result["exceptionDetails"])[:300])
    return result["result"]["value"]


# What a phone shows of a statement page, measured in the page: tables wider than the screen, chart text smaller than
# 14 pixels as drawn (the SVG is scaled to the width), navigation links lower than 44 pixels.
MEASURE = """(() => {
  const wide = [...document.querySelectorAll("main table")].filter(t => t.getBoundingClientRect().right > innerWidth + 0.5)
    .map(t => (t.querySelector("caption") || t).textContent.trim().slice(0, 60));
  const small = [];
  for (const svg of document.querySelectorAll("figure svg")) {
    const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
    for (const text of svg.querySelectorAll("text")) {
      const drawn = parseFloat(getComputedStyle(text).fontSize) * scale;
      if (drawn < 14) small.push(text.textContent + " at " + drawn.toFixed(1) + " px");
    }
  }
  const low = [...document.querySelectorAll("nav.top a, ul.links a, .stack th[scope=row] a")].filter(a => a.getBoundingClientRect().height < 44)
    .map(a => a.textContent.trim());
  return {wide, small: small.slice(0, 5), low: low.slice(0, 5), scrollWidth: document.documentElement.scrollWidth};
})()"""


def public_pages(driver, base, work):
    """The published statements as a migrant sees them on a phone (360 x 740): every table fits the screen, the late
    project's first screen says who owes what since when, charts and links are big enough, and axe finds nothing."""
    driver.set_window_size(360, 740)
    driver.get(base + "/es/projects/3X1-2024-003.html")
    first = evaluate(driver, """[...document.querySelectorAll(".answers li")]
        .filter(li => li.getBoundingClientRect().bottom <= innerHeight).map(li => li.textContent).join(" | ")""")
    check("Gobierno del Estado de Zacatecas" in first and "$800,000.00 MXN" in first and "22 abr 2024" in first,
          "the late project's first screen says who owes (the state), how much and since when: " + first)
    driver.save_screenshot(os.path.join(work, "00-public-late-project-first-screen.png"))
    pages = [f"/{lang}/{folder}/{name}" for lang in ["es", "en"]
             for folder, names in [("projects", ["3X1-2023-001", "3X1-2024-002", "3X1-2024-003", "3X1-2024-004", "3X1-2024-005",
                                                 "3X1-2024-006", "3X1-2024-007", "3X1-2025-008", "3X1-2025-009", "3X1-2025-010",
                                                 "3X1-2025-011", "3X1-2026-012"]),
                                   ("municipalities", ["MUN-HUERTAS", "MUN-CANON", "MUN-MEZQUITES"]),
                                   ("clubs", ["CLUB-CANON-LA", "CLUB-CANON-CHI", "CLUB-HUERTAS-SA", "CLUB-HUERTAS-AUR", "CLUB-MEZQ-LB"])]
             for name in names]
    pages += ["/es/index.html", "/en/index.html", "/es/states/ZAC.html", "/es/glossary.html", "/es/contribution/index.html",
              "/en/contribution/clubs/CLUB-CANON-LA.html", "/es/contribution/federations/FED-ZAC-USA.html"]
    problems = []
    for path in pages:
        driver.get(base + path + ("" if path.endswith(".html") else ".html"))
        if "<table" not in driver.page_source and "/index.html" not in path and "glossary" not in path:
            problems.append(f"{path}: no table shown")
        measured = evaluate(driver, MEASURE)
        for what in ["wide", "small", "low"]:
            if measured[what]:
                problems.append(f"{path}: {what}: {measured[what]}")
        if measured["scrollWidth"] > 360:
            problems.append(f"{path}: the page is {measured['scrollWidth']} pixels wide")
        violations = accessibility_violations(driver)
        if violations:
            problems.append(f"{path}: axe: {violations}")
    check(not problems, f"{len(pages)} published pages at 360 px: no table wider than the screen, chart text at least 14 px, "
          "navigation and row links at least 44 px high, no axe violation" + "".join("\n    " + p for p in problems))


def verification_page(work):
    """The signed site's verification page, in a browser with JavaScript (WebCrypto Ed25519): a statement as
    published is authentic, the same page with one figure changed is altered, a page of an unsigned site carries no
    signature. Nothing leaves the browser: the files are opened from disk."""
    driver = browser(javascript=True)
    try:
        driver.get("file://" + os.path.join(work, "signed/versions/1/verify.html"))
        page = os.path.join(work, "signed/versions/1/es/projects/3X1-2024-003.html")
        with open(page, encoding="utf-8") as file:
            text = file.read()
        tampered = os.path.join(work, "tampered-3X1-2024-003.html")
        with open(tampered, "w", encoding="utf-8") as file:
            file.write(text.replace("$800,000.00 MXN", "$8,000.00 MXN", 1))
        for path, expected, what in [
            (page, "Auténtico", "a statement as published is authentic"),
            (tampered, "Alterado", "the same statement with one figure changed is altered"),
            (os.path.join(work, "site/es/projects/3X1-2024-003.html"), "no lleva firma", "a page of an unsigned site carries no signature"),
        ]:
            driver.find_element(By.ID, "file").send_keys(path)
            WebDriverWait(driver, 10).until(lambda d: expected in d.find_element(By.ID, "result").text)
            check(expected in driver.find_element(By.ID, "result").text, "the verification page: " + what)
        driver.set_window_size(360, 740)
        driver.save_screenshot(os.path.join(work, "00-verification-page.png"))
        check(fits_the_screen(driver), "the verification page fits 360 pixels")
        violations = accessibility_violations(driver)
        check(not violations, "axe finds no WCAG 2.1 AA violation on the verification page" + "".join("\n    " + v for v in violations))
    finally:
        driver.quit()


def save_raw_pages(driver, base, work, paths, prefix):
    """The server's own HTML (not the browser's DOM), fetched with the browser's session, for the HTML checker."""
    jar = http.cookiejar.CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
    cookie = "; ".join(f"{c['name']}={c['value']}" for c in driver.get_cookies())
    for path in paths:
        request = urllib.request.Request(base + path, headers={"Cookie": cookie, "Accept-Language": "es"})
        html = opener.open(request).read()
        name = prefix + path.replace("/", "-") + ".html"
        with open(os.path.join(work, "pages", name), "wb") as file:
            file.write(html)


if __name__ == "__main__":
    try:
        main()
    except AssertionError as failure:
        print("Browser test FAILED:", failure)
        sys.exit(1)
