"""The Scrapy spiders of cctv-audit (SPIDER_MODULES = ["spiders"])."""
