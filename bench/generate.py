#!/usr/bin/env python3
"""Generate realistic 政协 pages at any size, with gold answers for each page.

    python bench/generate.py OUT_DIR --articles N [--per-page K] [--seed S]

Pages hold K short articles in the style of the seeds: datelines (本报X讯), reporters in
brackets, on a line of their own or at the end; chairs with compound titles; meetings
of many kinds and sessions; documents in 《》 handled by 学习/传达/审议/审议通过; vice
chairs attending; activities without a chair. Organizations come from the gazetteer,
across provinces and levels; people are drawn from thousands of names. For each page
``NAME.txt`` the generator writes ``gold/NAME.gold.json`` in the format of
``../shared/eval/GUIDELINES.md``, so ``score.py`` checks what the extractor read.
"""
from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kg.extract.gazetteer import load_gazetteer  # noqa: E402
from kg.extract.lexicon import load_lexicons  # noqa: E402
from kg.extract.places import place_form  # noqa: E402

GIVEN = list("建国华明丽军伟强芳红霞文杰涛斌鹏燕玲敏静婷雪兰志宏海波峰磊勇辉刚健亮俊飞鑫凯浩宇春秋玉秀英翠莉萍琴娟"
             "娜颖晶琳欣怡佳晨阳光东正德仁义礼智忠诚安宁福庆兴旺达成昌盛荣祥吉永长立新彦振忠耀庭良")
SURNAMES = list("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严武戴莫孔向汤")
TOPICS = ["乡村振兴", "生态环境保护", "营商环境优化", "文旅融合发展", "城市更新", "基层协商议事", "民营经济发展",
          "职业教育", "养老服务体系建设", "农村供水保障", "数字经济", "黄河流域生态保护", "社区治理", "委员履职"]
DOC_FORMS = ["关于{t}的实施意见", "{t}工作方案", "关于{t}的调研报告", "{t}专项行动计划", "{t}协商工作规则"]
BOOKS = ["《习近平谈治国理政》第四卷", "《习近平著作选读》第一卷", "《中国共产党政治协商工作条例》",
         "《习近平经济思想学习纲要》", "《中国人民政治协商会议章程》"]
KINDS = [("主席会议", "主席会议"), ("常委会会议", "常委会会议"), ("党组理论学习中心组(扩大)会议", "理论学习中心组"),
         ("党组会议", "党组会议")]
VERBS = [("学习了", "STUDIED"), ("传达学习了", "CONVEYED"), ("审议了", "REVIEWED"), ("审议通过了", "ADOPTED"),
         ("讨论通过了", "ADOPTED"), ("研究了", "REVIEWED")]
NUMBERS = "一二三四五六七八九十"
SPAN_OK = set(GIVEN)


class Corpus:
    def __init__(self, seed: int, people: int = 6000):
        self.rng = random.Random(seed)
        followers = set(load_lexicons().name_followers)
        names = set()
        while len(names) < people:
            name = self.rng.choice(SURNAMES) + "".join(self.rng.choice(GIVEN) for _ in range(self.rng.choice((1, 2, 2))))
            if not any(name[1:].startswith(f) or name.endswith(f) for f in followers):
                names.add(name)
        self.people = sorted(names)
        gazetteer = load_gazetteer()
        self.places = [d for d in gazetteer.divisions if d.level in ("市", "县") and len(d.short) >= 2
                       and d.short != d.name and not d.name.endswith("区")]
        self.chairs = {}  # place → the chair of its 政协, stable across articles

    def person(self) -> str:
        return self.rng.choice(self.people)

    def session(self) -> str:
        return f"{self.rng.choice(NUMBERS)}届{self.rng.choice(NUMBERS[:9])}次"

    def document(self, place) -> str:
        if self.rng.random() < 0.3:
            return self.rng.choice(BOOKS)
        return "《" + self.rng.choice(DOC_FORMS).format(t=self.rng.choice(TOPICS)) + "》"

    def article(self, gold: dict) -> str:
        rng = self.rng
        place = rng.choice(self.places)
        org = place_form(place) + "政协"
        relative = ("市" if place.level == "市" or place.name.endswith("市") else "县") + "政协"
        month, day = rng.randint(1, 12), rng.randint(1, 28)
        reporters = [self.person() for _ in range(rng.choice((1, 2)))]
        gold["reporters"].update(reporters)
        gold["persons"].update(reporters)
        date = f"{month}月{day}日"
        if rng.random() < 0.25:  # an activity without a chair
            topic = rng.choice(TOPICS)
            text = (f"## {org}开展{topic}专题调研\n\n本报{place.short}讯(通讯员{' '.join(reporters)}){date},{org}"
                    f"组织部分政协委员就{topic}情况开展专题调研。\n\n调研组认为,要深入调查研究,提出务实管用的意见建议。\n")
            return text
        chair = self.chairs.setdefault(place.name, self.person())
        titles = rng.choice((["主席"], ["党组书记", "主席"]))
        session = self.session()
        label, _ = rng.choice(KINDS)
        documents = []
        clauses = []
        for _ in range(rng.randint(1, 3)):
            verb, action = rng.choice(VERBS)
            title = self.document(place)
            clauses.append(f"{verb}{title}")
            plain = title.replace("《", "").replace("》", "")
            documents.append((org, plain, action))
        gold["persons"].add(chair)
        gold["roles"].update((chair, t, org) for t in titles)
        gold["chairs"].add((chair, org, f"{month:02d}-{day:02d}"))
        gold["documents"].update(documents)
        vice = [self.person() for _ in range(rng.choice((0, 1, 2)))]
        vice = [v for v in vice if v != chair]
        gold["persons"].update(vice)
        gold["roles"].update((v, "副主席", org) for v in vice)
        attend = f"{relative}副主席{'、'.join(vice)}出席会议。" if vice else ""
        byline_first = rng.random() < 0.5
        head = f"本报{place.short}讯(通讯员{' '.join(reporters)})" if byline_first else f"本报{place.short}讯 "
        text = (f"## {org}召开{session}{label}\n\n{head}{date},{org}{'、'.join(titles)}{chair}主持召开{relative}"
                f"{session}{label}。会议{','.join(clauses)}。{attend}\n\n会议强调,要把学习成果转化为履职实效。")
        text += "\n" if byline_first else f"({' '.join(reporters)})\n"
        return text


def generate(out: Path, articles: int, per_page: int, seed: int) -> int:
    corpus = Corpus(seed)
    (out / "gold").mkdir(parents=True, exist_ok=True)
    pages = 0
    for start in range(0, articles, per_page):
        gold = {key: set() for key in ("persons", "roles", "chairs", "documents", "reporters")}
        body = "\n".join(corpus.article(gold) for _ in range(min(per_page, articles - start)))
        name = f"gen_{pages:06d}"
        (out / f"{name}.txt").write_text(body, encoding="utf-8")
        record = {"page": f"{name}.txt", "year": None, "ignore_orgs": []}
        record.update({key: sorted(map(list, values)) if key in ("roles", "chairs", "documents") else sorted(values)
                       for key, values in gold.items()})
        (out / "gold" / f"{name}.gold.json").write_text(json.dumps(record, ensure_ascii=False), encoding="utf-8")
        pages += 1
    return pages


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--per-page", type=int, default=8)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    pages = generate(args.out, args.articles, args.per_page, args.seed)
    print(f"wrote {pages} pages of {args.articles} articles to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
