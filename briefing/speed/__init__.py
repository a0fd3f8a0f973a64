"""Speed: the machinery around the steps that makes a build fast, which the steps know nothing of.

`cache` is a cache folder and what each step keeps in it (`extractions`, `tables`, stored
stories and resolution, `pages`), on the files of `store`, under the code versions of
`versions`; `parallel` extracts across processes; `collector` keeps Python's cycle collector
away from long-lived data. `briefing.pipeline` puts them around the steps.
"""
