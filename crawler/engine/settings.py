"""Scrapy settings for cctv-audit, in one place.

The crawler is a guest on public servers: it obeys robots.txt, says who it is, keeps at most two
requests in flight per site with AutoThrottle adapting the delay to the server, caps page and
document sizes, and retries with back-off. `scrapy list` reads this module through scrapy.cfg.
"""

from crawler.engine.useragent import DEFAULT_CONTACT, user_agent

BOT_NAME = "cctv-audit"
SPIDER_MODULES = ["spiders"]
NEWSPIDER_MODULE = "spiders"

# Identity: who is crawling and how to reach them (crawler.engine.useragent refuses an empty contact).
CCTV_AUDIT_CONTACT = DEFAULT_CONTACT
USER_AGENT = user_agent(CCTV_AUDIT_CONTACT)

ROBOTSTXT_OBEY = True

# Many sites at once, few requests per site.
CONCURRENT_REQUESTS = 48
CONCURRENT_REQUESTS_PER_DOMAIN = 2
DOWNLOAD_DELAY = 0.5
RANDOMIZE_DOWNLOAD_DELAY = True
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = 0.5
AUTOTHROTTLE_MAX_DELAY = 30.0
AUTOTHROTTLE_TARGET_CONCURRENCY = 1.0
# Sites in flight at once (spiders.window); 0 derives it from the concurrency above.
CCTV_AUDIT_WINDOW = 0
SCHEDULER_PRIORITY_QUEUE = "scrapy.pqueues.DownloaderAwarePriorityQueue"
REACTOR_THREADPOOL_MAXSIZE = 8
DNS_TIMEOUT = 15
DOWNLOAD_TIMEOUT = 30

# Caps: pages are rarely over 2 MB; documents (PDF, DOCX) up to 15 MB. A decompression bomb is
# caught by the same cap, applied to the decompressed size.
CCTV_AUDIT_MAX_PAGE_BYTES = 3 * 1024 * 1024
DOWNLOAD_MAXSIZE = 15 * 1024 * 1024
DOWNLOAD_WARNSIZE = 8 * 1024 * 1024

RETRY_ENABLED = True
RETRY_TIMES = 2
RETRY_HTTP_CODES = [500, 502, 503, 504, 522, 524, 408, 429]
REDIRECT_MAX_TIMES = 8
COOKIES_ENABLED = False
TELNETCONSOLE_ENABLED = False
# Scrapy 2.19's remote-control extension serves a localhost HTTP endpoint that runs Python (behind
# a token file that a kill -9 leaves behind): an audit needs no remote control, so it is off twice,
# by its setting and by removing the extension.
REMOTE_CONTROL_ENABLED = False
MEMUSAGE_ENABLED = False
LOG_LEVEL = "INFO"

# The focused audit: page budget per site, and the lowest link score worth a request.
CCTV_AUDIT_MAX_PAGES_PER_SITE = 60
CCTV_AUDIT_LINK_THRESHOLD = 0.45
# links scoring this high are requested at once; between the two they are hubs (section pages:
# community safety, the A-Z, the site map, privacy notices), opened one at a time, best first,
# only when the candidates have run out and the council's CCTV information has not been found:
# up to CCTV_AUDIT_HUB_ALLOWANCE when the site's own search could not be read (browsing is then
# the only way in), CCTV_AUDIT_HUB_ALLOWANCE_SEARCHED when it was (the search has already looked
# everywhere; a couple of hubs are a person's double check)
CCTV_AUDIT_STRONG_LINK = 0.8
CCTV_AUDIT_HUB_ALLOWANCE = 10
CCTV_AUDIT_HUB_ALLOWANCE_SEARCHED = 2
# Loopback is refused for redirects and links from public sites; the simulation allows it.
CCTV_AUDIT_ALLOW_LOOPBACK = False
CCTV_AUDIT_PROXY = None

DOWNLOADER_MIDDLEWARES = {
    "crawler.engine.middlewares.SafetyMiddleware": 40,
    # Scrapy's robots.txt middleware, raising a type the spider can recognise
    "scrapy.downloadermiddlewares.robotstxt.RobotsTxtMiddleware": None,
    "crawler.engine.refusals.RobotsMiddleware": 100,
    "crawler.engine.middlewares.SiteBudgetMiddleware": 110,
    # above RetryMiddleware (550): its process_response must see the 503 before the retry is made
    "crawler.engine.middlewares.RetryAfterMiddleware": 560,
    "crawler.engine.middlewares.ProxyMiddleware": 745,
}
SPIDER_MIDDLEWARES: dict[str, int] = {}
ITEM_PIPELINES = {
    "crawler.engine.pipelines.StoragePipeline": 300,
}
EXTENSIONS = {
    "scrapy.extensions.telnet.TelnetConsole": None,
    "scrapy.extensions.remote_control.RemoteControl": None,
}

DNS_RESOLVER = "crawler.engine.resolver.GuardedResolver"
REQUEST_FINGERPRINTER_IMPLEMENTATION = "2.7"
FEED_EXPORT_ENCODING = "utf-8"
