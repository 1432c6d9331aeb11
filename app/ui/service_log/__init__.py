"""The Service log section (售后服务登记表): entries, their steps, follow-up calls."""
