"""The Scrapy machinery: settings, middlewares, the storage pipeline, items, the guarded DNS
resolver, network safety, URL rules, per-site crawl state and the site's own indexes."""
