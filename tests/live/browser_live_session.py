#!/usr/bin/env python3
"""The member page in a real browser: Debian's chromium, headless, driven by chromedriver through
Selenium. `assessa-cli live --approve-all` serves the Lithuanian demo; three members join on a
360x740 phone screen, score subcriterion 1.1 and add an area for improvement; the facilitator
(the CLI's terminal) opens 1.2, the three vote blind, the facilitator reveals, and each page
shows the dot plot. Then the program stops: the page says so and keeps a note written meanwhile,
which arrives once the program is started again on the same file (the session resumes at the
same address). After SIGTERM the project file holds their work, the kept note once.
Usage: browser_live_session.py ASSESSA_CLI WORKDIR [SCREENSHOT_DIR]
Exits 77 (skipped) when chromium, chromedriver or python3-selenium is missing (scripts/deps test)."""
import atexit, os, re, shutil, signal, socket, subprocess, sys, time

try:
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys
    from selenium.webdriver.support.ui import WebDriverWait
except ImportError:
    # Debian's python3-selenium lives in the system interpreter's packages; another python3 first
    # on PATH (a virtual environment, pyenv) does not see them.
    if os.path.exists("/usr/bin/python3") and os.path.realpath(sys.executable) != os.path.realpath("/usr/bin/python3"):
        os.execv("/usr/bin/python3", ["/usr/bin/python3"] + sys.argv)
    print("python3-selenium is not installed (scripts/deps test)")
    sys.exit(77)
browser = shutil.which("chromium")
driver_path = shutil.which("chromedriver")
if not browser or not driver_path:
    print("chromium or chromium-driver is not installed (scripts/deps test)")
    sys.exit(77)

cli, work = sys.argv[1], sys.argv[2]
shots = sys.argv[3] if len(sys.argv) > 3 else os.environ.get("ASSESSA_SCREENSHOT_DIR", work)
os.makedirs(work, exist_ok=True)
os.makedirs(shots, exist_ok=True)
project = os.path.join(work, "browser-demo.assessa")
if os.path.exists(project):
    os.remove(project)
subprocess.run([cli, "demo", project, "--language", "lt"], check=True, stdout=subprocess.DEVNULL)

with socket.socket() as s:
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
def start_server():
    global server
    server = subprocess.Popen([cli, "live", project, "--port", str(port), "--approve-all"], stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, bufsize=1)
    printed, found = [], None
    for line in server.stdout:  # up to "Stop with Ctrl+C."
        printed.append(line)
        m = re.search(r"(http://127\.0\.0\.1:\d+/s/[0-9a-f]+/)", line)
        found = found or (m and m.group(1))
        if "Ctrl+C" in line:
            break
    assert found, ("no join address printed", printed)
    return found, printed


def stop_server():
    server.send_signal(signal.SIGTERM)
    rest, err = server.communicate(timeout=20)
    assert server.returncode == 0, (server.returncode, err)


def kill_left_server():  # a failed check must not leave the session listening
    if server is not None and server.poll() is None:
        server.kill()


server = None
atexit.register(kill_left_server)
address, _ = start_server()


def facilitator(command, answer):
    server.stdin.write(command + "\n")
    server.stdin.flush()
    for line in server.stdout:
        if answer in line:
            return line
        assert "Not done" not in line, line
    raise AssertionError("the session ended before answering " + command)


def phone():
    o = webdriver.ChromeOptions()
    o.binary_location = browser
    for a in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--lang=lt-LT",
              "--window-size=360,740", "--force-device-scale-factor=1", "--hide-scrollbars"):
        o.add_argument(a)
    o.add_experimental_option("prefs", {"intl.accept_languages": "lt-LT,lt"})
    d = webdriver.Chrome(service=Service(driver_path), options=o)
    d.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {"width": 360, "height": 740, "deviceScaleFactor": 1, "mobile": True})
    return d


def wait(d, condition, what, timeout=15):
    try:
        return WebDriverWait(d, timeout, poll_frequency=0.1).until(lambda _: condition())
    except Exception:
        status = d.find_element(By.ID, "status").text
        raise AssertionError(f"waited for {what}; the page says: {status!r}")


def saved(d):
    wait(d, lambda: d.execute_script("return document.getElementById('status').textContent") == "Visi pakeitimai išsaugoti.",
         "every change saved")


started = time.monotonic()
phones = []
names = []
try:
    for i in range(3):
        d = phone()
        phones.append(d)
        d.get(address)
        wait(d, lambda: d.find_elements(By.CSS_SELECTOR, "input[name=member]"), "the group")
        assert d.find_element(By.TAG_NAME, "h2").text == "Kas jūs?", "the page is not in Lithuanian"
        radio = d.find_elements(By.CSS_SELECTOR, "input[name=member]")[i]
        names.append(radio.find_element(By.XPATH, "following-sibling::span").text)
        radio.click()
        d.find_element(By.CSS_SELECTOR, "button[type=submit]").click()
        wait(d, lambda: d.find_elements(By.ID, "work"), "approval")
        # Subcriterion 1.1: every phase scored, and an area for improvement.
        fields = d.find_elements(By.CSS_SELECTOR, "#work input[type=number]")
        assert fields, "no score fields"
        for n, f in enumerate(fields):
            f.clear()
            f.send_keys(str(30 + 10 * i + n), Keys.TAB)
        band = d.find_element(By.CSS_SELECTOR, "#work .band").text
        assert band and band != "Balas dar neįrašytas", band
        afi = d.find_element(By.XPATH, "//label[starts-with(., 'Naujas įrašas: Tobulintinos')]")
        box = d.find_element(By.ID, afi.get_attribute("for"))
        box.send_keys(f"Naršyklės pastaba {i + 1}: trūksta rašytinės tvarkos")
        box.find_element(By.XPATH, "following-sibling::p/button").click()
        saved(d)
        wait(d, lambda: f"Naršyklės pastaba {i + 1}" in d.find_element(By.ID, "notes").text
             and not d.find_elements(By.CSS_SELECTOR, "#notes li.pending"), "the note acknowledged")
        if i == 0:
            d.execute_script("window.scrollTo(0, 0)")
            d.save_screenshot(os.path.join(shots, "live-member-lt.png"))

    # The consensus meeting: 1.2 opened for a blind vote.
    facilitator("open 1.2", "1.2")
    for i, d in enumerate(phones):
        wait(d, lambda: d.find_elements(By.CSS_SELECTOR, "#vote-area form"), "the vote")
        for n, f in enumerate(d.find_elements(By.CSS_SELECTOR, "#vote-area input[type=number]")):
            f.send_keys(str(40 + 15 * i + n))
        d.find_element(By.CSS_SELECTOR, "#vote-area button[type=submit]").click()
    for d in phones:
        wait(d, lambda: "Pateikė 3 iš 10" in d.find_element(By.ID, "vote-area").text, "three votes counted")
        assert not d.find_elements(By.CSS_SELECTOR, "svg.plot"), "votes shown before the reveal"
    facilitator("reveal", "1.2")
    for d in phones:
        wait(d, lambda: len(d.find_elements(By.CSS_SELECTOR, "#vote-area svg.plot circle")) >= 3, "the revealed dot plot")
    phones[0].execute_script("window.scrollTo(0, 0)")
    phones[0].save_screenshot(os.path.join(shots, "live-reveal-phone.png"))
    stats = phones[0].find_element(By.CSS_SELECTOR, "#vote-area .stats").text
    assert "Balsų: 3" in stats, stats

    # The facilitator's program closes: the page says so and keeps a note written meanwhile;
    # started again on the same file, the session resumes at the same address and the note arrives.
    d = phones[0]
    stop_server()
    wait(d, lambda: "uždarė sesiją" in d.find_element(By.ID, "status").text, "the page saying the session closed")
    label = d.find_element(By.XPATH, "//label[starts-with(., 'Naujas įrašas: Stiprybės')]")
    box = d.find_element(By.ID, label.get_attribute("for"))
    box.send_keys("Pastaba be ryšio")
    box.find_element(By.XPATH, "following-sibling::p/button").click()
    wait(d, lambda: d.find_elements(By.CSS_SELECTOR, "#notes li.pending"), "the note kept while offline")
    again, printed = start_server()
    assert again == address, (again, address)
    assert any("Resumed" in line or "Tęsiama" in line for line in printed), printed
    saved(d)
    wait(d, lambda: not d.find_elements(By.CSS_SELECTOR, "#notes li.pending"), "the kept note acknowledged")
finally:
    for d in phones:
        d.quit()

stop_server()

xml = os.path.join(work, "browser-demo.xml")
subprocess.run([cli, "export", project, "-o", xml], check=True, stdout=subprocess.DEVNULL)
text = open(xml, encoding="utf-8").read()
for i in range(3):
    assert f"Naršyklės pastaba {i + 1}: trūksta rašytinės tvarkos" in text, f"member {i + 1}'s note is not in the file"
assert re.search(r'<score phase="[a-z]+" value="30"', text), "the first member's score is not in the file"
assert re.search(r'<score phase="[a-z]+" value="70"', text), "the third member's vote is not in the file"
assert text.count("Pastaba be ryšio") == 1, "the note kept while offline is not in the file once"
print(f"member page in chromium: 3 members joined, scored, noted, voted blind, saw the reveal; a note kept "
      f"offline arrived after the restart; work in the file ({time.monotonic() - started:.1f} s)")
