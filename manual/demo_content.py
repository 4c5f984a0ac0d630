# ruff: noqa: E501
"""Demo content of the procedures manual: topics and articles for a newcomer starting a
business in Kaliningrad.

Plausible demo texts, to be verified by the municipality before real use: figures, fees and
deadlines change, so the texts say "уточните актуальные условия" where they do.

Format (read by the manual's demo loader):
- TOPICS: dicts with slug, title, title_en, description, description_en, icon, order.
- ARTICLES: dicts with slug, topics, audiences, visibility, partners (organisation slugs of
  the stakeholders demo), related (article slugs), review_interval_days, last_reviewed
  (ISO date), "ru" and, for most public articles, "en" — each a dict with title, summary,
  body (Markdown), duration, fees, steps (title, what, where, duration, cost), documents
  and legal_basis (title, url). Russian-only articles have no "en" key.
"""

TOPICS = [
    {
        "slug": "registration",
        "title": "Регистрация",
        "title_en": "Registration",
        "description": "Как зарегистрироваться как ИП, ООО или самозанятый, как изменить данные и как закрыть бизнес.",
        "description_en": "How to register as a sole proprietor, an LLC or a self-employed person, change your details and close a business.",
        "icon": "id-card",
        "order": 1,
    },
    {
        "slug": "taxes",
        "title": "Налоги и отчётность",
        "title_en": "Taxes and reporting",
        "description": "Выбор налогового режима, онлайн-кассы, страховые взносы и календарь отчётности.",
        "description_en": "Choosing a tax regime, online cash registers, insurance contributions and the reporting calendar.",
        "icon": "receipt",
        "order": 2,
    },
    {
        "slug": "permits",
        "title": "Разрешения и лицензии",
        "title_en": "Permits and licences",
        "description": "Лицензии, уведомления о начале деятельности, товарные знаки и электронная подпись.",
        "description_en": "Licences, notifications of the start of activity, trademarks and electronic signatures.",
        "icon": "stamp",
        "order": 3,
    },
    {
        "slug": "premises",
        "title": "Помещения",
        "title_en": "Premises",
        "description": "Аренда муниципального имущества, торги, выбор помещения и разрешённое использование.",
        "description_en": "Leasing municipal property, auctions, choosing premises and permitted use.",
        "icon": "building",
        "order": 4,
    },
    {
        "slug": "hiring",
        "title": "Сотрудники",
        "title_en": "Hiring",
        "description": "Первый сотрудник, трудовой договор, отчёты за работников и помощь центра занятости.",
        "description_en": "Your first employee, the employment contract, reports on staff and help from the Employment Centre.",
        "icon": "people",
        "order": 5,
    },
    {
        "slug": "money-support",
        "title": "Деньги и поддержка",
        "title_en": "Money and support",
        "description": "Банковский счёт, гранты, микрозаймы, региональные программы поддержки и консультации «Мой бизнес».",
        "description_en": "Bank account, grants, micro-loans, regional support programmes and «My Business» consultations.",
        "icon": "coins",
        "order": 6,
    },
    {
        "slug": "sez-export",
        "title": "ОЭЗ и экспорт",
        "title_en": "Special Economic Zone and export",
        "description": "Статус резидента Особой экономической зоны, сертификаты происхождения и выставки.",
        "description_en": "Resident status in the Special Economic Zone, certificates of origin and trade fairs.",
        "icon": "globe",
        "order": 7,
    },
    {
        "slug": "desk-work",
        "title": "Работа инфопункта",
        "title_en": "Desk work",
        "description": "Внутренние материалы для сотрудников инфопункта: сценарии, регламенты, обучение.",
        "description_en": "Internal material for desk staff: scripts, procedures, training.",
        "icon": "desk",
        "order": 8,
        "visibility": "internal",
    },
]

ARTICLES = [
    {
        "slug": "ip-registration",
        "topics": ["registration"],
        "audiences": ["planning", "sole_proprietor"],
        "visibility": "public",
        "partners": ["fns-kaliningrad", "my-business"],
        "related": [
            "choosing-tax-regime",
            "electronic-signature",
            "bank-account",
            "self-employed-registration",
        ],
        "review_interval_days": 180,
        "last_reviewed": "2026-09-14",
        "ru": {
            "title": "Регистрация индивидуального предпринимателя (ИП)",
            "summary": "Как открыть ИП в Калининграде: заявление по форме Р21001 через Госуслуги, сайт ФНС или МФЦ. Регистрация занимает 3 рабочих дня, при электронной подаче госпошлина не взимается.",
            "body": """Индивидуальный предприниматель (ИП) — самый простой способ начать своё дело: не нужен устав, уставный капитал и юридический адрес. Зарегистрироваться можно по месту жительства (по адресу регистрации в паспорте).

Заявление подаётся по форме **Р21001**. Проще всего сделать это онлайн через Госуслуги или сервис ФНС «Государственная регистрация юридических лиц и индивидуальных предпринимателей». Можно также прийти в МФЦ «Мои документы» — сотрудники помогут заполнить форму.

Заранее подумайте о двух вещах:

- **коды ОКВЭД** — виды деятельности, которыми вы будете заниматься; основной код выбирается по тому, что приносит больше всего дохода;
- **налоговый режим** — заявление на УСН можно подать вместе с документами на регистрацию или в течение 30 дней после неё; иначе вы окажетесь на общей системе налогообложения.

Если вы не хотите нанимать сотрудников и ваш доход не превысит 2,4 млн рублей в год, сравните ИП со статусом самозанятого — возможно, он вам подойдёт лучше.""",
            "duration": "3 рабочих дня",
            "fees": "Госпошлина не взимается при подаче в электронном виде и через МФЦ; при подаче на бумаге напрямую в налоговую — 800 руб. (уточните актуальный размер)",
            "steps": [
                {
                    "title": "Выберите коды ОКВЭД и налоговый режим",
                    "what": "Определите основной и дополнительные виды деятельности по классификатору ОКВЭД 2 и решите, будете ли вы применять УСН, патент или НПД.",
                    "where": "Самостоятельно или на бесплатной консультации в центре «Мой бизнес»",
                    "duration": "1–2 дня",
                    "cost": "Бесплатно",
                },
                {
                    "title": "Заполните заявление Р21001",
                    "what": "Заполните заявление онлайн на Госуслугах или на сайте ФНС; приложите скан паспорта, если подаёте не через Госуслуги.",
                    "where": "Госуслуги, сайт ФНС или МФЦ «Мои документы»",
                    "duration": "30 минут",
                    "cost": "Бесплатно при электронной подаче",
                },
                {
                    "title": "Подайте заявление о переходе на УСН",
                    "what": "Если выбрали упрощённую систему, подайте уведомление о переходе на УСН вместе с Р21001 или в течение 30 календарных дней после регистрации.",
                    "where": "Госуслуги или личный кабинет ИП на сайте ФНС",
                    "duration": "15 минут",
                    "cost": "Бесплатно",
                },
                {
                    "title": "Получите лист записи ЕГРИП",
                    "what": "Через 3 рабочих дня налоговая пришлёт лист записи ЕГРИП с вашим ОГРНИП на электронную почту или в личный кабинет.",
                    "where": "Электронная почта, личный кабинет на Госуслугах",
                    "duration": "3 рабочих дня",
                    "cost": "Бесплатно",
                },
            ],
            "documents": [
                "Паспорт гражданина РФ",
                "ИНН (если уже присвоен)",
                "Заявление по форме Р21001",
                "Уведомление о переходе на УСН (по желанию)",
                "Квитанция об уплате госпошлины (только при подаче на бумаге)",
            ],
            "legal_basis": [
                {
                    "title": "Федеральный закон от 08.08.2001 № 129-ФЗ «О государственной регистрации юридических лиц и индивидуальных предпринимателей»",
                    "url": "https://www.consultant.ru/document/cons_doc_LAW_32881/",
                },
                {
                    "title": "Налоговый кодекс РФ, часть вторая, статья 333.33 (государственная пошлина)",
                    "url": "https://www.consultant.ru/document/cons_doc_LAW_28165/",
                },
            ],
        },
        "en": {
            "title": "Registering as a sole proprietor (IP)",
            "summary": "How to open an IP (individual entrepreneur) in Kaliningrad: file form P21001 through Gosuslugi, the tax service website or a multifunctional centre. Registration takes 3 working days and there is no state fee when you apply online.",
            "body": """A sole proprietor, or individual entrepreneur (in Russian *ИП*), is the simplest way to start your own business: you need no charter, no share capital and no business address. You register at your place of residence (the address in your passport).

The application is form **P21001**. The easiest way is online through Gosuslugi or the Federal Tax Service's state registration service. You can also go to a multifunctional centre (MFC, «Мои документы»), where staff will help you fill in the form.

Think about two things in advance:

- **OKVED codes** — the types of activity you will carry out; the main code is the one that brings in most of your income;
- **tax regime** — you can apply for the simplified tax system (USN) together with the registration or within 30 days afterwards; otherwise you end up on the general tax system.

If you do not plan to hire staff and expect to earn less than 2.4 million roubles a year, compare the sole proprietorship with self-employed status — it may suit you better.""",
            "duration": "3 working days",
            "fees": "No state fee when you apply online or through an MFC; 800 roubles for a paper application filed directly at the tax office (check the current amount)",
            "steps": [
                {
                    "title": "Choose your OKVED codes and tax regime",
                    "what": "Pick your main and additional activities from the OKVED 2 classifier and decide whether you will use the simplified system, a patent or the professional income tax.",
                    "where": "On your own or at a free consultation at the «My Business» centre",
                    "duration": "1–2 days",
                    "cost": "Free",
                },
                {
                    "title": "Fill in form P21001",
                    "what": "Complete the application online on Gosuslugi or the tax service website; attach a scan of your passport if you do not use Gosuslugi.",
                    "where": "Gosuslugi, the Federal Tax Service website or an MFC",
                    "duration": "30 minutes",
                    "cost": "Free when filed online",
                },
                {
                    "title": "Apply for the simplified tax system",
                    "what": "If you chose the simplified system, file the notification of transition to USN together with P21001 or within 30 calendar days after registration.",
                    "where": "Gosuslugi or the sole proprietor's account on the tax service website",
                    "duration": "15 minutes",
                    "cost": "Free",
                },
                {
                    "title": "Receive your registration record",
                    "what": "After 3 working days the tax service sends the record sheet of the register of sole proprietors (EGRIP) with your registration number (OGRNIP) by e-mail or to your personal account.",
                    "where": "E-mail, your Gosuslugi account",
                    "duration": "3 working days",
                    "cost": "Free",
                },
            ],
            "documents": [
                "Russian passport",
                "Taxpayer number (INN), if you already have one",
                "Application form P21001",
                "Notification of transition to the simplified tax system (optional)",
                "Receipt for the state fee (paper applications only)",
            ],
            "legal_basis": [
                {
                    "title": "Federal Law No. 129-FZ of 08.08.2001 “On State Registration of Legal Entities and Individual Entrepreneurs”",
                    "url": "https://www.consultant.ru/document/cons_doc_LAW_32881/",
                },
                {
                    "title": "Tax Code of the Russian Federation, Part Two, Article 333.33 (state fees)",
                    "url": "https://www.consultant.ru/document/cons_doc_LAW_28165/",
                },
            ],
        },
    },
    {
        "slug": "llc-registration",
        "topics": ["registration"],
        "audiences": ["planning", "company"],
        "visibility": "public",
        "partners": ["fns-kaliningrad", "my-business"],
        "related": [
            "ip-registration",
            "choosing-tax-regime",
            "bank-account",
            "electronic-signature",
        ],
        "review_interval_days": 180,
        "last_reviewed": "2026-08-20",
        "ru": {
            "title": "Регистрация общества с ограниченной ответственностью (ООО)",
            "summary": "Как открыть ООО: решение о создании, устав (можно типовой), заявление Р11001 и регистрация в налоговой за 3 рабочих дня. При электронной подаче госпошлина не взимается.",
            "body": """ООО подходит, если вы открываете бизнес с партнёрами, планируете привлекать инвестиции или хотите ограничить личную ответственность: участники отвечают по долгам общества только своими долями.

Для регистрации понадобятся:

- **решение единственного учредителя** или **протокол собрания учредителей** о создании общества;
- **устав** — можно выбрать один из типовых уставов, утверждённых ФНС, тогда сам устав подавать не нужно;
- **юридический адрес** — адрес помещения, где можно получать корреспонденцию (собственное, арендованное или, в ряде случаев, домашний адрес директора);
- заявление по форме **Р11001**.

Уставный капитал — не меньше 10 000 рублей; его нужно оплатить в течение четырёх месяцев после регистрации.

После регистрации общество сразу ставится на учёт в налоговой и в Социальном фонде — отдельно обращаться туда не нужно. Не забудьте выбрать налоговый режим и оформить электронную подпись директора.""",
            "duration": "3 рабочих дня",
            "fees": "Госпошлина не взимается при подаче в электронном виде, через МФЦ или нотариуса; при подаче на бумаге — 4 000 руб. (уточните актуальный размер)",
            "steps": [
                {
                    "title": "Подготовьте решение о создании",
                    "what": "Составьте решение единственного учредителя или протокол общего собрания: название, адрес, размер уставного капитала, директор, выбор устава.",
                    "where": "Самостоятельно или с консультантом центра «Мой бизнес»",
                    "duration": "1–2 дня",
                    "cost": "Бесплатно",
                },
                {
                    "title": "Выберите типовой устав или подготовьте свой",
                    "what": "Сравните типовые уставы ФНС; если нужны особые правила (например, запрет на выход участника), подготовьте собственный устав.",
                    "where": "Сайт ФНС, юрист",
                    "duration": "1 день",
                    "cost": "Бесплатно для типового устава",
                },
                {
                    "title": "Подайте заявление Р11001",
                    "what": "Подпишите заявление электронной подписью и отправьте через сервис ФНС или обратитесь в МФЦ либо к нотариусу.",
                    "where": "Сайт ФНС, МФЦ «Мои документы», нотариус",
                    "duration": "1 час",
                    "cost": "Бесплатно при электронной подаче; услуги нотариуса оплачиваются отдельно",
                },
                {
                    "title": "Получите документы о регистрации",
                    "what": "Через 3 рабочих дня налоговая пришлёт лист записи ЕГРЮЛ и устав с отметкой (если он не типовой).",
                    "where": "Электронная почта, личный кабинет",
                    "duration": "3 рабочих дня",
                    "cost": "Бесплатно",
                },
                {
                    "title": "Оплатите уставный капитал",
                    "what": "Внесите уставный капитал на расчётный счёт общества или имуществом в течение четырёх месяцев.",
                    "where": "Банк",
                    "duration": "До 4 месяцев",
                    "cost": "От 10 000 руб.",
                },
            ],
            "documents": [
                "Заявление по форме Р11001",
                "Решение единственного учредителя или протокол собрания учредителей",
                "Устав (если не используется типовой)",
                "Паспорта учредителей и директора",
                "Документ о юридическом адресе (гарантийное письмо собственника или договор)",
                "Квитанция об уплате госпошлины (только при подаче на бумаге)",
            ],
            "legal_basis": [
                {
                    "title": "Федеральный закон от 08.02.1998 № 14-ФЗ «Об обществах с ограниченной ответственностью»",
                    "url": "https://www.consultant.ru/document/cons_doc_LAW_17819/",
                },
                {
                    "title": "Федеральный закон от 08.08.2001 № 129-ФЗ «О государственной регистрации юридических лиц и индивидуальных предпринимателей»",
                    "url": "https://www.consultant.ru/document/cons_doc_LAW_32881/",
                },
            ],
        },
        "en": {
            "title": "Registering a limited liability company (LLC, OOO)",
            "summary": "How to open an LLC: a founding decision, a charter (a model charter will do), form P11001 and registration with the tax service in 3 working days. No state fee when you apply online.",
            "body": """An LLC (in Russian *ООО*) suits you if you start a business with partners, plan to bring in investors or want to limit your personal liability: members are liable for the company's debts only up to their shares.

To register you need:

- a **decision of the sole founder** or **minutes of the founders' meeting** to set up the company;
- a **charter** — you can choose one of the model charters approved by the Federal Tax Service, in which case you do not file a charter at all;
- a **registered address** — premises where the company can receive mail (owned, leased or, in some cases, the director's home address);
- application form **P11001**.

The share capital is at least 10,000 roubles and must be paid in within four months of registration.

Once registered, the company is automatically entered with the tax service and the Social Fund — you do not need to apply separately. Remember to choose a tax regime and to get the director's electronic signature.""",
            "duration": "3 working days",
            "fees": "No state fee when you apply online, through an MFC or a notary; 4,000 roubles for a paper application (check the current amount)",
            "steps": [
                {
                    "title": "Prepare the founding decision",
                    "what": "Write the sole founder's decision or the minutes of the founders' meeting: name, address, share capital, director, choice of charter.",
                    "where": "On your own or with a «My Business» consultant",
                    "duration": "1–2 days",
                    "cost": "Free",
                },
                {
                    "title": "Choose a model charter or draft your own",
                    "what": "Compare the tax service's model charters; if you need special rules (for example, members may not leave freely), draft your own charter.",
                    "where": "Federal Tax Service website, a lawyer",
                    "duration": "1 day",
                    "cost": "Free for a model charter",
                },
                {
                    "title": "File form P11001",
                    "what": "Sign the application with an electronic signature and send it through the tax service website, or go to an MFC or a notary.",
                    "where": "Federal Tax Service website, MFC, notary",
                    "duration": "1 hour",
                    "cost": "Free online; notary services are paid separately",
                },
                {
                    "title": "Receive the registration documents",
                    "what": "After 3 working days the tax service sends the record sheet of the register of legal entities (EGRUL) and the stamped charter (if it is not a model one).",
                    "where": "E-mail, your personal account",
                    "duration": "3 working days",
                    "cost": "Free",
                },
                {
                    "title": "Pay in the share capital",
                    "what": "Pay the share capital into the company's bank account, or contribute property, within four months.",
                    "where": "Bank",
                    "duration": "Up to 4 months",
                    "cost": "From 10,000 roubles",
                },
            ],
            "documents": [
                "Application form P11001",
                "Decision of the sole founder or minutes of the founders' meeting",
                "Charter (unless a model charter is used)",
                "Passports of the founders and the director",
                "Proof of the registered address (owner's letter of guarantee or lease)",
                "Receipt for the state fee (paper applications only)",
            ],
            "legal_basis": [
                {
                    "title": "Federal Law No. 14-FZ of 08.02.1998 “On Limited Liability Companies”",
                    "url": "https://www.consultant.ru/document/cons_doc_LAW_17819/",
                },
                {
                    "title": "Federal Law No. 129-FZ of 08.08.2001 “On State Registration of Legal Entities and Individual Entrepreneurs”",
                    "url": "https://www.consultant.ru/document/cons_doc_LAW_32881/",
                },
            ],
        },
    },
    {
        "slug": "self-employed-registration",
        "topics": ["registration", "taxes"],
        "audiences": ["planning", "self_employed"],
        "visibility": "public",
        "partners": ["fns-kaliningrad", "my-business"],
        "related": ["choosing-tax-regime", "ip-registration", "first-year-reporting-calendar"],
        "review_interval_days": 180,
        "last_reviewed": "2026-03-02",
        "ru": {
            "title": "Как стать самозанятым: регистрация в приложении «Мой налог»",
            "summary": "Самозанятые платят налог на профессиональный доход (НПД): 4% с доходов от физических лиц и 6% — от компаний и ИП. Регистрация в приложении «Мой налог» занимает несколько минут.",
            "body": """Налог на профессиональный доход (НПД) — специальный режим для тех, кто работает на себя без наёмных сотрудников: репетиторов, мастеров, фотографов, фрилансеров, сдающих квартиру и т. п.

Главные условия:

- доход — не больше **2,4 млн рублей** в год;
- нет работников по трудовым договорам;
- нельзя перепродавать чужие товары и заниматься подакцизной деятельностью.

Ставка — **4%** с доходов от граждан и **6%** — от компаний и ИП. Новым плательщикам даётся налоговый вычет 10 000 рублей, который уменьшает ставку. Отчётности нет, кассу применять не нужно: чек формируется в приложении «Мой налог». Налог начисляется автоматически, платить его нужно до 28-го числа следующего месяца.

Страховые взносы самозанятые платить не обязаны, поэтому пенсионный стаж не идёт. Можно платить взносы добровольно; уточните актуальные условия добровольного страхования на случай болезни в Социальном фонде.""",
            "duration": "От нескольких минут до 6 рабочих дней",
            "fees": "Регистрация бесплатна; налог 4% или 6% от дохода",
            "steps": [
                {
                    "title": "Установите приложение «Мой налог»",
                    "what": "Скачайте официальное приложение ФНС «Мой налог» или откройте веб-версию на сайте налоговой. Зарегистрироваться можно также через Госуслуги или приложение банка.",
                    "where": "Магазин приложений, сайт ФНС",
                    "duration": "5 минут",
                    "cost": "Бесплатно",
                },
                {
                    "title": "Зарегистрируйтесь",
                    "what": "Войдите по ИНН и паролю от личного кабинета налогоплательщика, через Госуслуги или по паспорту с фотографией лица.",
                    "where": "Приложение «Мой налог»",
                    "duration": "10 минут",
                    "cost": "Бесплатно",
                },
                {
                    "title": "Выдавайте чек на каждую оплату",
                    "what": "При каждом поступлении денег формируйте чек в приложении и передавайте его клиенту — ссылкой, QR-кодом или на бумаге.",
                    "where": "Приложение «Мой налог»",
                    "duration": "Сразу при расчёте",
                    "cost": "Бесплатно",
                },
                {
                    "title": "Платите налог до 28-го числа",
                    "what": "Налог за месяц рассчитывается автоматически до 12-го числа следующего месяца; оплатите его до 28-го числа или подключите автоплатёж.",
                    "where": "Приложение «Мой налог», банк",
                    "duration": "Ежемесячно",
                    "cost": "4% или 6% от дохода",
                },
            ],
            "documents": [
                "Паспорт гражданина РФ (или ЕАЭС)",
                "ИНН",
                "Смартфон или компьютер с доступом в интернет",
            ],
            "legal_basis": [
                {
                    "title": "Федеральный закон от 27.11.2018 № 422-ФЗ «О проведении эксперимента по установлению специального налогового режима „Налог на профессиональный доход“»",
                    "url": "https://www.consultant.ru/document/cons_doc_LAW_311977/",
                },
            ],
        },
        "en": {
            "title": "Becoming self-employed: registering in the «My Tax» app",
            "summary": "Self-employed people pay the professional income tax (NPD): 4% on income from private individuals and 6% on income from companies and sole proprietors. Registering in the «My Tax» (Moy Nalog) app takes a few minutes.",
            "body": """The professional income tax (NPD) is a special regime for people who work for themselves without employees: tutors, craftspeople, photographers, freelancers, people letting a flat and so on.

The main conditions:

- income of no more than **2.4 million roubles** a year;
- no employees under employment contracts;
- no reselling of other people's goods and no excisable activities.

The rate is **4%** on income from private individuals and **6%** on income from companies and sole proprietors. New taxpayers get a tax deduction of 10,000 roubles that lowers the rate. There are no tax returns and no cash register: the receipt is generated in the «My Tax» app. The tax is calculated automatically and is due by the 28th of the following month.

Self-employed people do not have to pay insurance contributions, so they do not build up pension record. You can pay contributions voluntarily; check the current terms of voluntary sick-leave insurance with the Social Fund.""",
            "duration": "From a few minutes to 6 working days",
            "fees": "Registration is free; the tax is 4% or 6% of income",
            "steps": [
                {
                    "title": "Install the «My Tax» app",
                    "what": "Download the tax service's official «My Tax» app or open its web version on the tax service website. You can also register through Gosuslugi or your bank's app.",
                    "where": "App store, Federal Tax Service website",
                    "duration": "5 minutes",
                    "cost": "Free",
                },
                {
                    "title": "Register",
                    "what": "Sign in with your taxpayer number and the password of your taxpayer account, through Gosuslugi, or with your passport and a photo of your face.",
                    "where": "«My Tax» app",
                    "duration": "10 minutes",
                    "cost": "Free",
                },
                {
                    "title": "Issue a receipt for every payment",
                    "what": "Each time you are paid, create a receipt in the app and give it to the customer — as a link, a QR code or on paper.",
                    "where": "«My Tax» app",
                    "duration": "At the time of payment",
                    "cost": "Free",
                },
                {
                    "title": "Pay the tax by the 28th",
                    "what": "The month's tax is calculated automatically by the 12th of the following month; pay it by the 28th or switch on automatic payment.",
                    "where": "«My Tax» app, your bank",
                    "duration": "Monthly",
                    "cost": "4% or 6% of income",
                },
            ],
            "documents": [
                "Passport of a Russian (or EAEU) citizen",
                "Taxpayer number (INN)",
                "A smartphone or computer with internet access",
            ],
            "legal_basis": [
                {
                    "title": "Federal Law No. 422-FZ of 27.11.2018 “On the Experiment Establishing the Special Tax Regime ‘Professional Income Tax’”",
                    "url": "https://www.consultant.ru/document/cons_doc_LAW_311977/",
                },
            ],
        },
    },
    {
        "slug": "choosing-tax-regime",
        "topics": ["taxes"],
        "audiences": ["planning", "sole_proprietor", "company", "self_employed"],
        "visibility": "public",
        "partners": ["fns-kaliningrad", "my-business"],
        "related": [
            "patent-tax-system",
            "self-employed-registration",
            "first-year-reporting-calendar",
            "ip-insurance-contributions",
        ],
        "review_interval_days": 180,
        "last_reviewed": "2026-10-05",
        "ru": {
            "title": "Выбор налогового режима для малого бизнеса",
            "summary": "Какой налоговый режим выбрать: сравнение упрощённой системы налогообложения (УСН 6% «доходы» или 15% «доходы минус расходы»), патентной системы, НПД и автоматизированной УСН (АУСН).",
            "body": """От налогового режима зависит, сколько вы заплатите и сколько отчётов будете сдавать. Выбрать его лучше до регистрации: если не подать заявление вовремя, вы окажетесь на общей системе (ОСНО) с НДС и сложной отчётностью.

| Режим | Кому подходит | Ставка | Ограничения |
| --- | --- | --- | --- |
| **УСН «доходы»** | ИП и ООО с небольшими расходами | 6% | доход до лимита, установленного НК РФ; до 130 работников |
| **УСН «доходы минус расходы»** | торговля, производство — где расходы больше 60–70% выручки | 15% | те же |
| **Патент (ПСН)** | только ИП, отдельные виды деятельности | 6% от потенциального дохода | до 15 работников, доход до 60 млн руб. |
| **НПД (самозанятые)** | ИП и граждане без работников | 4% / 6% | доход до 2,4 млн руб. |
| **АУСН** | небольшой бизнес с расчётами через банк | 8% / 20% | до 5 работников, доход до 60 млн руб. |

Калининградская область может устанавливать пониженные ставки УСН для отдельных видов деятельности, а с 2025 года плательщики УСН с доходом выше установленного порога платят НДС. Пороги и региональные ставки меняются — **уточните актуальные условия** в налоговой или на консультации в центре «Мой бизнес».

Режимы можно совмещать: например, УСН и патент у одного ИП.""",
            "duration": "Заявление на УСН — в течение 30 дней после регистрации; смена режима — с 1 января следующего года",
            "fees": "Бесплатно",
            "steps": [
                {
                    "title": "Оцените доходы, расходы и число работников",
                    "what": "Составьте простой прогноз на год: выручка, основные расходы, сколько людей будет работать.",
                    "where": "Самостоятельно; калькулятор выбора режима на сайте ФНС",
                    "duration": "1 день",
                    "cost": "Бесплатно",
                },
                {
                    "title": "Получите консультацию",
                    "what": "Обсудите прогноз с консультантом: какие режимы доступны для вашего ОКВЭД и есть ли региональные льготные ставки.",
                    "where": "Центр «Мой бизнес», УФНС по Калининградской области",
                    "duration": "1 час",
                    "cost": "Бесплатно",
                },
                {
                    "title": "Подайте уведомление о выбранном режиме",
                    "what": "УСН — уведомление о переходе (в течение 30 дней после регистрации или до 31 декабря для смены с нового года); патент — заявление за 10 рабочих дней до начала; НПД — регистрация в «Мой налог».",
                    "where": "Госуслуги, личный кабинет на сайте ФНС",
                    "duration": "15 минут",
                    "cost": "Бесплатно",
                },
            ],
            "documents": [
                "Уведомление о переходе на УСН (форма 26.2-1) или заявление на патент (форма 26.5-1)",
                "Прогноз доходов и расходов на год",
            ],
            "legal_basis": [
                {
                    "title": "Налоговый кодекс РФ, глава 26.2 «Упрощённая система налогообложения»",
                    "url": "https://www.consultant.ru/document/cons_doc_LAW_28165/",
                },
                {
                    "title": "Налоговый кодекс РФ, глава 26.5 «Патентная система налогообложения»",
                    "url": "https://www.consultant.ru/document/cons_doc_LAW_28165/",
                },
                {
                    "title": "Федеральный закон от 27.11.2018 № 422-ФЗ «О проведении эксперимента по установлению специального налогового режима „Налог на профессиональный доход“»",
                    "url": "https://www.consultant.ru/document/cons_doc_LAW_311977/",
                },
            ],
        },
        "en": {
            "title": "Choosing a tax regime for a small business",
            "summary": "Which tax regime to choose: a comparison of the simplified tax system (USN, 6% on income or 15% on income minus expenses), the patent system, NPD and the automated simplified system (AUSN).",
            "body": """Your tax regime decides how much you pay and how many returns you file. It is best chosen before you register: if you miss the deadline for the application you end up on the general system (OSNO) with VAT and complex reporting.

| Regime | Suits | Rate | Limits |
| --- | --- | --- | --- |
| **USN “income”** | sole proprietors and LLCs with low costs | 6% | income up to the limit set by the Tax Code; up to 130 employees |
| **USN “income minus expenses”** | trade, manufacturing — where costs exceed 60–70% of revenue | 15% | the same |
| **Patent (PSN)** | sole proprietors only, listed activities | 6% of the potential income | up to 15 employees, income up to 60 million roubles |
| **NPD (self-employed)** | sole proprietors and individuals without staff | 4% / 6% | income up to 2.4 million roubles |
| **AUSN** | small businesses paid through a bank | 8% / 20% | up to 5 employees, income up to 60 million roubles |

The Kaliningrad region may set reduced USN rates for certain activities, and since 2025 USN taxpayers whose income exceeds a set threshold pay VAT. Thresholds and regional rates change — **check the current terms** with the tax service or at a consultation at the «My Business» centre.

Regimes can be combined: for example, a sole proprietor can use USN and a patent at the same time.""",
            "duration": "USN application within 30 days of registration; a change of regime takes effect on 1 January of the following year",
            "fees": "Free",
            "steps": [
                {
                    "title": "Estimate income, costs and staff",
                    "what": "Make a simple forecast for the year: revenue, main costs, how many people will work for you.",
                    "where": "On your own; the tax regime calculator on the tax service website",
                    "duration": "1 day",
                    "cost": "Free",
                },
                {
                    "title": "Get advice",
                    "what": "Discuss the forecast with a consultant: which regimes are open to your OKVED codes and whether there are reduced regional rates.",
                    "where": "«My Business» centre, regional tax office",
                    "duration": "1 hour",
                    "cost": "Free",
                },
                {
                    "title": "Notify the tax service of your choice",
                    "what": "USN — notification of transition (within 30 days of registration, or by 31 December to switch from the new year); patent — application 10 working days before you start; NPD — register in «My Tax».",
                    "where": "Gosuslugi, your account on the tax service website",
                    "duration": "15 minutes",
                    "cost": "Free",
                },
            ],
            "documents": [
                "Notification of transition to USN (form 26.2-1) or patent application (form 26.5-1)",
                "Income and cost forecast for the year",
            ],
            "legal_basis": [
                {
                    "title": "Tax Code of the Russian Federation, Chapter 26.2 “Simplified Tax System”",
                    "url": "https://www.consultant.ru/document/cons_doc_LAW_28165/",
                },
                {
                    "title": "Tax Code of the Russian Federation, Chapter 26.5 “Patent Tax System”",
                    "url": "https://www.consultant.ru/document/cons_doc_LAW_28165/",
                },
                {
                    "title": "Federal Law No. 422-FZ of 27.11.2018 “On the Experiment Establishing the Special Tax Regime ‘Professional Income Tax’”",
                    "url": "https://www.consultant.ru/document/cons_doc_LAW_311977/",
                },
            ],
        },
    },
    {
        "slug": "patent-tax-system",
        "topics": ["taxes"],
        "audiences": ["sole_proprietor", "planning"],
        "visibility": "public",
        "partners": ["fns-kaliningrad"],
        "related": ["choosing-tax-regime", "ip-registration", "online-cash-register"],
        "review_interval_days": 365,
        "last_reviewed": "2026-01-19",
        "ru": {
            "title": "Патентная система налогообложения (ПСН) для ИП",
            "summary": "Патент — налоговый режим только для ИП: вы платите фиксированную сумму за выбранный вид деятельности и срок, без декларации. Стоимость зависит от вида деятельности и рассчитывается по закону Калининградской области.",
            "body": """Патент покупают на срок от одного до двенадцати месяцев в пределах календарного года. Налог — 6% от **потенциально возможного дохода**, который устанавливает региональный закон для каждого вида деятельности, а не от вашей реальной выручки. Декларацию по патенту сдавать не нужно, достаточно вести книгу учёта доходов.

Патент подходит для бытовых услуг, ремонта, розничной торговли в небольшом магазине, общепита, сдачи жилья в аренду, перевозок и многих других видов деятельности. Ограничения: не больше 15 работников и доход не больше 60 млн рублей в год по всем патентам и УСН вместе.

Стоимость патента удобно посчитать в калькуляторе на сайте ФНС — выберите Калининградскую область, вид деятельности и срок. Страховые взносы ИП за себя и за работников уменьшают стоимость патента.

Перечень видов деятельности и размер потенциального дохода ежегодно меняются — **уточните актуальные условия** перед подачей заявления.""",
            "duration": "Патент выдаётся в течение 5 рабочих дней",
            "fees": "Заявление бесплатно; стоимость патента — по калькулятору ФНС",
            "steps": [
                {
                    "title": "Проверьте, есть ли ваш вид деятельности в перечне",
                    "what": "Найдите вид деятельности в законе Калининградской области о патентной системе и посчитайте стоимость патента в калькуляторе ФНС.",
                    "where": "Сайт ФНС, раздел «Патентная система налогообложения»",
                    "duration": "30 минут",
                    "cost": "Бесплатно",
                },
                {
                    "title": "Подайте заявление на патент",
                    "what": "Подайте заявление по форме 26.5-1 не позднее чем за 10 рабочих дней до начала работы по патенту.",
                    "where": "Личный кабинет ИП на сайте ФНС, Госуслуги, налоговая инспекция",
                    "duration": "15 минут",
                    "cost": "Бесплатно",
                },
                {
                    "title": "Получите патент",
                    "what": "Налоговая выдаёт патент или отказ в течение 5 рабочих дней.",
                    "where": "Личный кабинет ИП",
                    "duration": "5 рабочих дней",
                    "cost": "Бесплатно",
                },
                {
                    "title": "Оплатите патент вовремя",
                    "what": "Патент до 6 месяцев оплачивается до окончания срока; на 6–12 месяцев — треть в течение 90 дней и остаток до окончания срока.",
                    "where": "Единый налоговый счёт, банк",
                    "duration": "По графику",
                    "cost": "По расчёту",
                },
            ],
            "documents": [
                "Заявление на получение патента (форма 26.5-1)",
                "Книга учёта доходов ИП на ПСН",
            ],
            "legal_basis": [
                {
                    "title": "Налоговый кодекс РФ, глава 26.5 «Патентная система налогообложения»",
                    "url": "https://www.consultant.ru/document/cons_doc_LAW_28165/",
                },
            ],
        },
        "en": {
            "title": "The patent tax system (PSN) for sole proprietors",
            "summary": "A patent is a tax regime for sole proprietors only: you pay a fixed amount for a chosen activity and period, with no tax return. The price depends on the activity and is set by the law of the Kaliningrad region.",
            "body": """A patent is bought for one to twelve months within a calendar year. The tax is 6% of the **potential income** that the regional law sets for each activity, not of your actual revenue. There is no tax return for a patent; you only keep an income ledger.

A patent suits household services, repairs, retail in a small shop, catering, letting flats, transport and many other activities. The limits: no more than 15 employees and no more than 60 million roubles of income a year across all patents and the simplified system together.

The easiest way to work out the price is the calculator on the tax service website — choose the Kaliningrad region, the activity and the period. The sole proprietor's own insurance contributions and those paid for employees reduce the price of the patent.

The list of activities and the potential income change every year — **check the current terms** before you apply.""",
            "duration": "The patent is issued within 5 working days",
            "fees": "The application is free; the price of the patent follows the tax service calculator",
            "steps": [
                {
                    "title": "Check that your activity is on the list",
                    "what": "Find your activity in the Kaliningrad region's patent law and work out the price with the tax service calculator.",
                    "where": "Tax service website, “Patent tax system” section",
                    "duration": "30 minutes",
                    "cost": "Free",
                },
                {
                    "title": "Apply for the patent",
                    "what": "File application form 26.5-1 at least 10 working days before you start working under the patent.",
                    "where": "Sole proprietor's account on the tax service website, Gosuslugi, tax office",
                    "duration": "15 minutes",
                    "cost": "Free",
                },
                {
                    "title": "Receive the patent",
                    "what": "The tax office issues the patent or a refusal within 5 working days.",
                    "where": "Sole proprietor's online account",
                    "duration": "5 working days",
                    "cost": "Free",
                },
                {
                    "title": "Pay for the patent on time",
                    "what": "A patent of up to 6 months is paid before it expires; for 6–12 months, one third within 90 days and the rest before it expires.",
                    "where": "Single tax account, your bank",
                    "duration": "On schedule",
                    "cost": "As calculated",
                },
            ],
            "documents": [
                "Patent application (form 26.5-1)",
                "Income ledger for sole proprietors on the patent system",
            ],
            "legal_basis": [
                {
                    "title": "Tax Code of the Russian Federation, Chapter 26.5 “Patent Tax System”",
                    "url": "https://www.consultant.ru/document/cons_doc_LAW_28165/",
                },
            ],
        },
    },
    {
        "slug": "bank-account",
        "topics": ["money-support"],
        "audiences": ["sole_proprietor", "company", "planning"],
        "visibility": "public",
        "partners": ["bank-demo"],
        "related": ["ip-registration", "llc-registration", "online-cash-register"],
        "review_interval_days": 365,
        "last_reviewed": "2026-06-11",
        "ru": {
            "title": "Открытие расчётного счёта для бизнеса",
            "summary": "Как открыть расчётный счёт ИП или ООО в банке: какие документы нужны, как сравнить тарифы и почему сообщать в налоговую об открытии счёта больше не нужно.",
            "body": """Компании расчётный счёт нужен обязательно — через него оплачивается уставный капитал и идут расчёты с контрагентами. ИП по закону может работать и без счёта, но на практике он нужен почти всегда: для оплаты картой, эквайринга, расчётов с компаниями и уплаты налогов.

При выборе банка сравните:

- стоимость обслуживания в месяц и комиссию за переводы физическим лицам;
- условия эквайринга и онлайн-кассы, если планируете принимать карты;
- удобство мобильного приложения и интеграцию с бухгалтерией;
- лимиты на снятие наличных.

Банк проверяет клиента по закону о противодействии отмыванию доходов и может запросить пояснения о характере бизнеса. Отвечайте на запросы вовремя, чтобы банк не ограничил операции.

Сообщать в налоговую или Социальный фонд об открытии счёта не нужно — банк делает это сам.""",
            "duration": "1–3 рабочих дня",
            "fees": "Открытие обычно бесплатно; обслуживание — по тарифам банка",
            "steps": [
                {
                    "title": "Сравните тарифы банков",
                    "what": "Выберите 2–3 банка и сравните тарифы под ваши обороты и число платежей.",
                    "where": "Сайты банков, консультация в центре «Мой бизнес»",
                    "duration": "1 день",
                    "cost": "Бесплатно",
                },
                {
                    "title": "Оставьте заявку",
                    "what": "Подайте онлайн-заявку; банк зарезервирует номер счёта.",
                    "where": "Сайт или приложение банка",
                    "duration": "15 минут",
                    "cost": "Бесплатно",
                },
                {
                    "title": "Встретьтесь с представителем банка",
                    "what": "Предъявите паспорт и документы компании; для ООО приходит директор.",
                    "where": "Отделение банка или выезд представителя",
                    "duration": "1 час",
                    "cost": "Бесплатно",
                },
            ],
            "documents": [
                "Паспорт ИП или директора",
                "Для ООО: решение о создании и приказ о назначении директора, устав (если не типовой)",
                "Сведения о виде деятельности и планируемых оборотах",
            ],
            "legal_basis": [
                {
                    "title": "Федеральный закон от 07.08.2001 № 115-ФЗ «О противодействии легализации (отмыванию) доходов, полученных преступным путём, и финансированию терроризма»",
                    "url": "https://www.consultant.ru/document/cons_doc_LAW_32834/",
                },
                {
                    "title": "Гражданский кодекс РФ, часть вторая, глава 45 «Банковский счёт»",
                    "url": "https://www.consultant.ru/document/cons_doc_LAW_9027/",
                },
            ],
        },
        "en": {
            "title": "Opening a business bank account",
            "summary": "How a sole proprietor or an LLC opens a business bank account: the documents you need, how to compare tariffs and why you no longer have to tell the tax service about a new account.",
            "body": """A company must have a business account — the share capital is paid into it and business partners pay through it. By law a sole proprietor can work without one, but in practice you almost always need it: for card payments, acquiring, payments from companies and paying taxes.

When you choose a bank, compare:

- the monthly fee and the charge for transfers to private individuals;
- the terms of card acquiring and online cash registers, if you plan to accept cards;
- how convenient the mobile app is and whether it connects to your accounting software;
- cash withdrawal limits.

The bank checks its clients under the anti-money-laundering law and may ask you to explain your business. Answer such requests on time so that the bank does not restrict your account.

You no longer have to tell the tax service or the Social Fund that you opened an account — the bank does it for you.""",
            "duration": "1–3 working days",
            "fees": "Opening is usually free; the monthly fee follows the bank's tariff",
            "steps": [
                {
                    "title": "Compare bank tariffs",
                    "what": "Pick 2–3 banks and compare their tariffs against your expected turnover and number of payments.",
                    "where": "Bank websites, a consultation at the «My Business» centre",
                    "duration": "1 day",
                    "cost": "Free",
                },
                {
                    "title": "Apply online",
                    "what": "Send an online application; the bank reserves an account number for you.",
                    "where": "Bank website or app",
                    "duration": "15 minutes",
                    "cost": "Free",
                },
                {
                    "title": "Meet the bank's representative",
                    "what": "Show your passport and the company's documents; for an LLC the director comes in person.",
                    "where": "Bank branch or a visit by a bank representative",
                    "duration": "1 hour",
                    "cost": "Free",
                },
            ],
            "documents": [
                "Passport of the sole proprietor or the director",
                "For an LLC: founding decision, order appointing the director, charter (unless a model one)",
                "Information on your activity and expected turnover",
            ],
            "legal_basis": [
                {
                    "title": "Federal Law No. 115-FZ of 07.08.2001 “On Countering the Legalisation (Laundering) of Criminal Proceeds and the Financing of Terrorism”",
                    "url": "https://www.consultant.ru/document/cons_doc_LAW_32834/",
                },
                {
                    "title": "Civil Code of the Russian Federation, Part Two, Chapter 45 “Bank Account”",
                    "url": "https://www.consultant.ru/document/cons_doc_LAW_9027/",
                },
            ],
        },
    },
    {
        "slug": "online-cash-register",
        "topics": ["taxes"],
        "audiences": ["sole_proprietor", "company"],
        "visibility": "public",
        "partners": ["fns-kaliningrad", "bank-demo"],
        "related": ["bank-account", "patent-tax-system", "choosing-tax-regime"],
        "review_interval_days": 180,
        "last_reviewed": "2026-02-16",
        "ru": {
            "title": "Онлайн-касса (ККТ): кому нужна и как зарегистрировать",
            "summary": "Кто обязан применять контрольно-кассовую технику (ККТ, кассовый аппарат) по закону 54-ФЗ, как выбрать онлайн-кассу, заключить договор с оператором фискальных данных и зарегистрировать кассу в налоговой.",
            "body": """Онлайн-касса нужна почти всем, кто принимает оплату от покупателей наличными, картой или переводом по QR-коду. Касса передаёт каждый чек в налоговую через **оператора фискальных данных (ОФД)**.

Без кассы могут работать, например:

- самозанятые — чек формируется в приложении «Мой налог»;
- ИП на патенте без работников при оказании части услуг (уточните по своему виду деятельности);
- при расчётах между компаниями и ИП безналичным платежом без карты — если нет оплаты от граждан.

Кассу выбирают по реестру ККТ на сайте ФНС. Фискальный накопитель — блок памяти внутри кассы — меняют раз в 15 или 36 месяцев в зависимости от режима. Многие банки предлагают кассу в аренду вместе с эквайрингом.

За работу без кассы или невыдачу чека предусмотрены штрафы по КоАП РФ, поэтому зарегистрируйте кассу **до** первой продажи.""",
            "duration": "Регистрация — 1 рабочий день; подготовка — 3–7 дней",
            "fees": "Регистрация в ФНС бесплатна; касса — от 15 000 руб. или аренда, ОФД — от 3 000 руб. в год (уточните цены у поставщиков)",
            "steps": [
                {
                    "title": "Выберите кассу из реестра ККТ",
                    "what": "Подберите модель из реестра на сайте ФНС с подходящим фискальным накопителем; сравните покупку и аренду.",
                    "where": "Сайт ФНС, поставщики касс, банк",
                    "duration": "1–3 дня",
                    "cost": "Покупка или аренда кассы",
                },
                {
                    "title": "Заключите договор с ОФД",
                    "what": "Выберите оператора фискальных данных из перечня ФНС и заключите договор.",
                    "where": "Сайт оператора",
                    "duration": "1 день",
                    "cost": "По тарифу оператора",
                },
                {
                    "title": "Зарегистрируйте кассу в налоговой",
                    "what": "Подайте заявление о регистрации ККТ в личном кабинете, введите регистрационный номер в кассу и отправьте отчёт о регистрации.",
                    "where": "Личный кабинет на сайте ФНС",
                    "duration": "1 рабочий день",
                    "cost": "Бесплатно",
                },
                {
                    "title": "Выдавайте чек при каждой оплате",
                    "what": "Пробивайте чек при каждом расчёте и отправляйте его покупателю на бумаге или по электронной почте.",
                    "where": "Место продаж",
                    "duration": "Постоянно",
                    "cost": "—",
                },
            ],
            "documents": [
                "Заявление о регистрации ККТ",
                "Договор с оператором фискальных данных",
                "Квалифицированная электронная подпись",
            ],
            "legal_basis": [
                {
                    "title": "Федеральный закон от 22.05.2003 № 54-ФЗ «О применении контрольно-кассовой техники при осуществлении расчётов в Российской Федерации»",
                    "url": "https://www.consultant.ru/document/cons_doc_LAW_42359/",
                },
            ],
        },
        "en": {
            "title": "Online cash registers (KKT): who needs one and how to register it",
            "summary": "Who must use a cash register (KKT) under Law 54-FZ, how to choose an online cash register, sign up with a fiscal data operator and register the till with the tax service.",
            "body": """Almost everyone who takes payment from customers in cash, by card or by QR-code transfer needs an online cash register. It sends every receipt to the tax service through a **fiscal data operator (OFD)**.

You can work without a cash register, for example:

- if you are self-employed — the receipt is made in the «My Tax» app;
- as a sole proprietor on a patent without employees for some services (check for your activity);
- when a company or sole proprietor pays you by bank transfer without a card — as long as no private customers pay you.

Choose a register from the KKT register on the tax service website. The fiscal drive — the memory unit inside the till — is replaced every 15 or 36 months depending on your regime. Many banks rent out a cash register together with card acquiring.

Working without a cash register or failing to issue a receipt leads to fines under the Code of Administrative Offences, so register the till **before** your first sale.""",
            "duration": "Registration takes 1 working day; preparation 3–7 days",
            "fees": "Registration with the tax service is free; a register costs from 15,000 roubles or can be rented, and a fiscal data operator from 3,000 roubles a year (check current prices with suppliers)",
            "steps": [
                {
                    "title": "Choose a register from the KKT list",
                    "what": "Pick a model from the tax service list with a suitable fiscal drive; compare buying and renting.",
                    "where": "Tax service website, till suppliers, your bank",
                    "duration": "1–3 days",
                    "cost": "Purchase or rent of the register",
                },
                {
                    "title": "Sign a contract with a fiscal data operator",
                    "what": "Choose an operator from the tax service's list and sign a contract.",
                    "where": "Operator's website",
                    "duration": "1 day",
                    "cost": "Operator's tariff",
                },
                {
                    "title": "Register the till with the tax service",
                    "what": "Apply to register the cash register in your online account, enter the registration number into the till and send the registration report.",
                    "where": "Your account on the tax service website",
                    "duration": "1 working day",
                    "cost": "Free",
                },
                {
                    "title": "Issue a receipt for every payment",
                    "what": "Print a receipt for every sale and give it to the customer on paper or by e-mail.",
                    "where": "Point of sale",
                    "duration": "Ongoing",
                    "cost": "—",
                },
            ],
            "documents": [
                "Application to register the cash register",
                "Contract with a fiscal data operator",
                "Qualified electronic signature",
            ],
            "legal_basis": [
                {
                    "title": "Federal Law No. 54-FZ of 22.05.2003 “On the Use of Cash Registers for Payments in the Russian Federation”",
                    "url": "https://www.consultant.ru/document/cons_doc_LAW_42359/",
                },
            ],
        },
    },
    {
        "slug": "activity-start-notification",
        "topics": ["permits"],
        "audiences": ["sole_proprietor", "company"],
        "visibility": "public",
        "partners": ["rospotrebnadzor"],
        "related": ["alcohol-retail-licence", "choosing-premises", "hiring-first-employee"],
        "review_interval_days": 365,
        "last_reviewed": "2026-05-27",
        "ru": {
            "title": "Уведомление о начале предпринимательской деятельности в Роспотребнадзор",
            "summary": "Перед открытием кафе, магазина продуктов, парикмахерской, гостиницы и ряда других видов бизнеса нужно подать уведомление о начале деятельности в Роспотребнадзор. Это бесплатно и делается онлайн.",
            "body": """Для многих видов деятельности лицензия не нужна, но государство должно знать, что вы начали работу. Для этого подаётся **уведомление о начале осуществления предпринимательской деятельности**.

Уведомление в Роспотребнадзор подают, в частности:

- общественное питание (кафе, столовые, кофейни);
- розничная торговля продуктами питания (кроме алкоголя);
- бытовые услуги: парикмахерские, салоны красоты, химчистки, ремонт обуви;
- гостиницы и другие средства размещения;
- производство некоторых пищевых продуктов.

По другим видам деятельности уведомление принимают иные органы: например, о перевозках — Ространснадзор.

Уведомление подают **до фактического начала работы**. Если вы открываете новую точку по другому адресу, сообщите об изменении. За работу без уведомления грозит штраф, поэтому не откладывайте — это занимает полчаса.

Помещение при этом должно соответствовать санитарным требованиям: проверьте его до подписания договора аренды.""",
            "duration": "В день подачи",
            "fees": "Бесплатно",
            "steps": [
                {
                    "title": "Проверьте, нужен ли вашему виду деятельности уведомительный порядок",
                    "what": "Сверьте вид деятельности с перечнем работ и услуг, требующих уведомления.",
                    "where": "Сайт Управления Роспотребнадзора по Калининградской области, консультация в инфопункте",
                    "duration": "15 минут",
                    "cost": "Бесплатно",
                },
                {
                    "title": "Подайте уведомление",
                    "what": "Заполните уведомление на Госуслугах и подпишите его электронной подписью, либо подайте через МФЦ.",
                    "where": "Госуслуги, МФЦ «Мои документы»",
                    "duration": "30 минут",
                    "cost": "Бесплатно",
                },
                {
                    "title": "Сообщайте об изменениях",
                    "what": "При смене адреса, названия или вида деятельности подайте заявление об изменениях.",
                    "where": "Госуслуги",
                    "duration": "В течение 10 рабочих дней после изменения",
                    "cost": "Бесплатно",
                },
            ],
            "documents": [
                "Уведомление о начале осуществления предпринимательской деятельности",
                "Сведения об ОГРН/ОГРНИП и ИНН",
                "Адрес фактического осуществления деятельности",
            ],
            "legal_basis": [
                {
                    "title": "Федеральный закон от 26.12.2008 № 294-ФЗ «О защите прав юридических лиц и индивидуальных предпринимателей при осуществлении государственного контроля (надзора) и муниципального контроля», статья 8",
                    "url": "https://www.consultant.ru/document/cons_doc_LAW_83079/",
                },
            ],
        },
        "en": {
            "title": "Notifying Rospotrebnadzor of the start of business activity",
            "summary": "Before you open a café, a food shop, a hairdresser's, a hotel and several other kinds of business you must notify Rospotrebnadzor (the consumer protection and public health authority) that you are starting. It is free and done online.",
            "body": """Many activities do not need a licence, but the state must know that you have started work. For this you file a **notification of the start of business activity**.

Among those who notify Rospotrebnadzor are:

- catering (cafés, canteens, coffee shops);
- food retail (except alcohol);
- personal services: hairdressers, beauty salons, dry cleaners, shoe repair;
- hotels and other accommodation;
- production of certain foods.

For other activities the notification goes to other authorities: for transport, for example, to Rostransnadzor.

The notification is filed **before you actually start work**. If you open another outlet at a different address, report the change. Working without a notification can lead to a fine, so do not put it off — it takes half an hour.

The premises must also meet sanitary requirements: check them before you sign the lease.""",
            "duration": "Same day",
            "fees": "Free",
            "steps": [
                {
                    "title": "Check whether your activity requires a notification",
                    "what": "Compare your activity with the list of works and services that require a notification.",
                    "where": "Website of the Rospotrebnadzor office for the Kaliningrad region, a consultation at the information point",
                    "duration": "15 minutes",
                    "cost": "Free",
                },
                {
                    "title": "File the notification",
                    "what": "Fill in the notification on Gosuslugi and sign it with an electronic signature, or file it through an MFC.",
                    "where": "Gosuslugi, MFC",
                    "duration": "30 minutes",
                    "cost": "Free",
                },
                {
                    "title": "Report changes",
                    "what": "If your address, name or activity changes, file an application about the changes.",
                    "where": "Gosuslugi",
                    "duration": "Within 10 working days of the change",
                    "cost": "Free",
                },
            ],
            "documents": [
                "Notification of the start of business activity",
                "Registration number (OGRN/OGRNIP) and taxpayer number",
                "Address where the activity takes place",
            ],
            "legal_basis": [
                {
                    "title": "Federal Law No. 294-FZ of 26.12.2008 “On the Protection of the Rights of Legal Entities and Individual Entrepreneurs in State and Municipal Control”, Article 8",
                    "url": "https://www.consultant.ru/document/cons_doc_LAW_83079/",
                },
            ],
        },
    },
    {
        "slug": "alcohol-retail-licence",
        "topics": ["permits"],
        "audiences": ["company"],
        "visibility": "public",
        "partners": ["economy-committee"],
        "related": ["activity-start-notification", "online-cash-register", "choosing-premises"],
        "review_interval_days": 180,
        "last_reviewed": "2026-04-03",
        "ru": {
            "title": "Лицензия на розничную продажу алкоголя",
            "summary": "Для продажи крепкого алкоголя и вина нужна лицензия, которую выдаёт уполномоченный орган Калининградской области; получить её может только организация (ООО), ИП продаёт лишь пиво, сидр и медовуху.",
            "body": """Розничная продажа алкогольной продукции, кроме пива и пивных напитков, сидра, пуаре и медовухи, требует **лицензии**. Её выдают только организациям — индивидуальный предприниматель такую лицензию получить не может.

Основные требования:

- уставный капитал или стоимость чистых активов — не ниже установленного законом минимума;
- стационарный торговый объект с требуемой площадью (для города — не меньше 50 м²) или объект общественного питания;
- подключение к **ЕГАИС** и онлайн-касса;
- отсутствие задолженности по налогам;
- соблюдение запретов: рядом со школами, больницами, спортивными объектами и вокзалами продажа запрещена; границы определяет постановление администрации города.

Пиво и сидр могут продавать и ИП, и ООО без лицензии, но подключение к ЕГАИС и касса обязательны.

Требования и размер госпошлины меняются — **уточните актуальные условия** в лицензирующем органе до аренды помещения.""",
            "duration": "До 30 календарных дней",
            "fees": "Госпошлина за каждый год срока действия лицензии по ст. 333.33 НК РФ (уточните актуальный размер)",
            "steps": [
                {
                    "title": "Проверьте помещение",
                    "what": "Убедитесь, что помещение подходит по площади и не попадает в зоны, где продажа алкоголя запрещена.",
                    "where": "Комитет экономического развития администрации города, карта прилегающих территорий",
                    "duration": "1–3 дня",
                    "cost": "Бесплатно",
                },
                {
                    "title": "Подключитесь к ЕГАИС",
                    "what": "Получите электронную подпись, установите программу для ЕГАИС и зарегистрируйте торговую точку.",
                    "where": "Сайт ЕГАИС Росалкогольтабакконтроля",
                    "duration": "3–5 дней",
                    "cost": "Электронная подпись и оборудование",
                },
                {
                    "title": "Оплатите госпошлину и подайте заявление",
                    "what": "Подайте заявление на лицензию с приложением документов в электронном виде.",
                    "where": "Госуслуги, лицензирующий орган Калининградской области",
                    "duration": "1 день",
                    "cost": "Госпошлина",
                },
                {
                    "title": "Пройдите выездную оценку",
                    "what": "Сотрудники лицензирующего органа проверят помещение и оборудование.",
                    "where": "Ваш магазин",
                    "duration": "В течение срока рассмотрения",
                    "cost": "Бесплатно",
                },
            ],
            "documents": [
                "Заявление о выдаче лицензии",
                "Документ об уплате госпошлины",
                "Документы на помещение (право собственности или договор аренды сроком от года)",
                "Сведения о контрольно-кассовой технике",
            ],
            "legal_basis": [
                {
                    "title": "Федеральный закон от 22.11.1995 № 171-ФЗ «О государственном регулировании производства и оборота этилового спирта, алкогольной и спиртосодержащей продукции и об ограничении потребления (распития) алкогольной продукции»",
                    "url": "https://www.consultant.ru/document/cons_doc_LAW_8368/",
                },
                {
                    "title": "Налоговый кодекс РФ, часть вторая, статья 333.33",
                    "url": "https://www.consultant.ru/document/cons_doc_LAW_28165/",
                },
            ],
        },
        "en": {
            "title": "Licence for retail sale of alcohol",
            "summary": "To sell spirits and wine you need a licence issued by the authorised body of the Kaliningrad region; only a company (LLC) can get one — a sole proprietor may sell only beer, cider and mead.",
            "body": """Retail sale of alcohol other than beer and beer drinks, cider, perry and mead requires a **licence**. It is issued only to organisations — a sole proprietor cannot obtain it.

The main requirements:

- share capital or net assets of at least the minimum set by law;
- a permanent shop of the required floor area (in the city, at least 50 m²) or a catering outlet;
- connection to **EGAIS**, the state alcohol tracking system, and an online cash register;
- no tax debts;
- respect for the bans: no sales near schools, hospitals, sports facilities and stations; the boundaries are set by a resolution of the city administration.

Both sole proprietors and LLCs may sell beer and cider without a licence, but the EGAIS connection and a cash register are compulsory.

Requirements and the state fee change — **check the current terms** with the licensing authority before you lease premises.""",
            "duration": "Up to 30 calendar days",
            "fees": "A state fee for each year of the licence under Article 333.33 of the Tax Code (check the current amount)",
            "steps": [
                {
                    "title": "Check the premises",
                    "what": "Make sure the premises are large enough and do not fall within areas where selling alcohol is banned.",
                    "where": "Economic Development Committee of the city administration, map of adjacent areas",
                    "duration": "1–3 days",
                    "cost": "Free",
                },
                {
                    "title": "Connect to EGAIS",
                    "what": "Get an electronic signature, install the EGAIS software and register your shop.",
                    "where": "EGAIS website of the federal alcohol regulator",
                    "duration": "3–5 days",
                    "cost": "Electronic signature and equipment",
                },
                {
                    "title": "Pay the state fee and apply",
                    "what": "Submit the licence application with the supporting documents electronically.",
                    "where": "Gosuslugi, the licensing authority of the Kaliningrad region",
                    "duration": "1 day",
                    "cost": "State fee",
                },
                {
                    "title": "Pass the on-site assessment",
                    "what": "Officers of the licensing authority inspect the premises and equipment.",
                    "where": "Your shop",
                    "duration": "Within the review period",
                    "cost": "Free",
                },
            ],
            "documents": [
                "Licence application",
                "Proof of payment of the state fee",
                "Title to the premises or a lease for at least one year",
                "Details of the cash register",
            ],
            "legal_basis": [
                {
                    "title": "Federal Law No. 171-FZ of 22.11.1995 “On State Regulation of the Production and Turnover of Ethyl Alcohol, Alcoholic and Alcohol-Containing Products and on Limiting the Consumption of Alcoholic Products”",
                    "url": "https://www.consultant.ru/document/cons_doc_LAW_8368/",
                },
                {
                    "title": "Tax Code of the Russian Federation, Part Two, Article 333.33",
                    "url": "https://www.consultant.ru/document/cons_doc_LAW_28165/",
                },
            ],
        },
    },
    {
        "slug": "municipal-premises-lease",
        "topics": ["premises"],
        "audiences": ["sole_proprietor", "company", "planning"],
        "visibility": "public",
        "partners": ["economy-committee"],
        "related": [
            "choosing-premises",
            "regional-support-programmes",
            "activity-start-notification",
        ],
        "review_interval_days": 365,
        "last_reviewed": "2026-07-08",
        "ru": {
            "title": "Аренда муниципального помещения: торги и льготы для малого бизнеса",
            "summary": "Как арендовать помещение, принадлежащее городу Калининграду: аукционы на torgi.gov.ru, перечень имущества для субъектов МСП со льготной ставкой и право выкупа.",
            "body": """Город сдаёт в аренду нежилые помещения, которые находятся в муниципальной собственности. По общему правилу договор аренды заключается **только по результатам торгов** — аукциона или конкурса. Все торги публикуются на официальном сайте **torgi.gov.ru**.

Для малого и среднего бизнеса есть отдельный **перечень муниципального имущества**, которое сдаётся только субъектам МСП и самозанятым. По таким помещениям возможны:

- льготная арендная плата в первые годы договора;
- долгий срок аренды (как правило, не меньше пяти лет);
- право преимущественного выкупа после нескольких лет добросовестной аренды.

Чтобы участвовать в аукционе, нужно подать заявку до указанного срока и внести задаток. Побеждает участник, предложивший наибольшую арендную плату.

Условия льгот и график торгов меняются — **уточните актуальные условия** в администрации города.""",
            "duration": "От 1 до 2 месяцев (от объявления торгов до договора)",
            "fees": "Задаток для участия в торгах — обычно 20% от начальной цены; арендная плата — по итогам торгов",
            "steps": [
                {
                    "title": "Найдите помещение",
                    "what": "Изучите перечень муниципального имущества для МСП и объявления о торгах; посмотрите помещение вживую.",
                    "where": "torgi.gov.ru, сайт администрации городского округа «Город Калининград»",
                    "duration": "1–2 недели",
                    "cost": "Бесплатно",
                },
                {
                    "title": "Проверьте разрешённое использование",
                    "what": "Убедитесь, что в помещении можно вести ваш вид деятельности (санитарные требования, зонирование, пожарная безопасность).",
                    "where": "Комитет экономического развития, консультация в инфопункте",
                    "duration": "1–3 дня",
                    "cost": "Бесплатно",
                },
                {
                    "title": "Подайте заявку и внесите задаток",
                    "what": "Зарегистрируйтесь на электронной площадке, подайте заявку с документами и внесите задаток.",
                    "where": "Электронная торговая площадка, указанная в извещении",
                    "duration": "В срок приёма заявок",
                    "cost": "Задаток",
                },
                {
                    "title": "Участвуйте в аукционе и подпишите договор",
                    "what": "Победитель подписывает договор аренды; задаток засчитывается в арендную плату, остальным участникам возвращается.",
                    "where": "Электронная площадка, администрация города",
                    "duration": "От 10 дней после торгов",
                    "cost": "Арендная плата",
                },
            ],
            "documents": [
                "Заявка на участие в торгах",
                "Выписка из ЕГРИП или ЕГРЮЛ",
                "Документ об уплате задатка",
                "Доверенность представителя (если подаёт не руководитель)",
                "Электронная подпись",
            ],
            "legal_basis": [
                {
                    "title": "Федеральный закон от 26.07.2006 № 135-ФЗ «О защите конкуренции», статья 17.1",
                    "url": "https://www.consultant.ru/document/cons_doc_LAW_61763/",
                },
                {
                    "title": "Федеральный закон от 24.07.2007 № 209-ФЗ «О развитии малого и среднего предпринимательства в Российской Федерации», статья 18",
                    "url": "https://www.consultant.ru/document/cons_doc_LAW_52144/",
                },
            ],
        },
        "en": {
            "title": "Leasing municipal premises: auctions and discounts for small businesses",
            "summary": "How to lease premises owned by the city of Kaliningrad: auctions on torgi.gov.ru, the list of property reserved for small and medium businesses at a reduced rent, and the right to buy.",
            "body": """The city leases out non-residential premises that it owns. As a rule, a lease is signed **only after a public tender** — an auction or a competition. All tenders are published on the official website **torgi.gov.ru**.

For small and medium businesses there is a separate **list of municipal property** that is leased only to SMEs and self-employed people. For these premises you may get:

- reduced rent in the first years of the lease;
- a long lease term (as a rule, at least five years);
- a pre-emptive right to buy after several years as a reliable tenant.

To take part in an auction you submit an application by the deadline and pay a deposit. The bidder offering the highest rent wins.

Discounts and the auction schedule change — **check the current terms** with the city administration.""",
            "duration": "1 to 2 months (from the tender notice to the lease)",
            "fees": "Deposit to take part — usually 20% of the starting price; rent as set by the auction",
            "steps": [
                {
                    "title": "Find premises",
                    "what": "Study the list of municipal property for SMEs and the tender notices; go and see the premises.",
                    "where": "torgi.gov.ru, website of the Kaliningrad city administration",
                    "duration": "1–2 weeks",
                    "cost": "Free",
                },
                {
                    "title": "Check the permitted use",
                    "what": "Make sure your activity is allowed in the premises (sanitary rules, zoning, fire safety).",
                    "where": "Economic Development Committee, a consultation at the information point",
                    "duration": "1–3 days",
                    "cost": "Free",
                },
                {
                    "title": "Apply and pay the deposit",
                    "what": "Register on the electronic trading platform, submit your application with the documents and pay the deposit.",
                    "where": "The electronic platform named in the notice",
                    "duration": "Within the application period",
                    "cost": "Deposit",
                },
                {
                    "title": "Bid and sign the lease",
                    "what": "The winner signs the lease; the deposit counts towards the rent and is returned to the other bidders.",
                    "where": "Electronic platform, city administration",
                    "duration": "From 10 days after the auction",
                    "cost": "Rent",
                },
            ],
            "documents": [
                "Application to take part in the tender",
                "Extract from the register of sole proprietors or legal entities",
                "Proof of payment of the deposit",
                "Power of attorney for a representative (if not filed by the head)",
                "Electronic signature",
            ],
            "legal_basis": [
                {
                    "title": "Federal Law No. 135-FZ of 26.07.2006 “On the Protection of Competition”, Article 17.1",
                    "url": "https://www.consultant.ru/document/cons_doc_LAW_61763/",
                },
                {
                    "title": "Federal Law No. 209-FZ of 24.07.2007 “On the Development of Small and Medium-Sized Enterprises in the Russian Federation”, Article 18",
                    "url": "https://www.consultant.ru/document/cons_doc_LAW_52144/",
                },
            ],
        },
    },
    {
        "slug": "choosing-premises",
        "topics": ["premises"],
        "audiences": ["planning", "sole_proprietor", "company"],
        "visibility": "public",
        "partners": ["economy-committee", "rospotrebnadzor"],
        "related": [
            "municipal-premises-lease",
            "activity-start-notification",
            "alcohol-retail-licence",
        ],
        "review_interval_days": 365,
        "last_reviewed": "2026-06-30",
        "ru": {
            "title": "Выбор помещения: зонирование, назначение и проверка перед арендой",
            "summary": "Как выбрать помещение для бизнеса и что проверить перед арендой или покупкой: разрешённое использование по правилам землепользования и застройки, нежилой статус, санитарные и пожарные требования, вывеска.",
            "body": """Неудачно выбранное помещение — одна из самых дорогих ошибок начинающего предпринимателя. До подписания договора проверьте несколько вещей.

**Зонирование.** Правила землепользования и застройки (ПЗЗ) городского округа «Город Калининград» определяют, что можно размещать в каждой территориальной зоне. Карту зон можно посмотреть на сайте администрации и в публичной кадастровой карте.

**Статус помещения.** Бизнес ведут в нежилом помещении. Перевод квартиры в нежилой фонд — отдельная процедура, которая занимает месяцы и требует согласия соседей. Проверьте выписку из ЕГРН: собственник, назначение, обременения.

**Требования к деятельности.** Для общепита и продуктовой торговли важны вентиляция, водоснабжение и отдельный вход; для алкоголя — площадь и удалённость от школ; для детских услуг — санитарные нормы.

**Вывеска.** Внешний вид вывески в центре города регулируется правилами благоустройства; уточните требования до заказа.

Запишитесь на консультацию в инфопункт: мы поможем составить список вопросов к арендодателю.""",
            "duration": "1–2 недели на проверку",
            "fees": "Выписка из ЕГРН — по тарифу Росреестра; консультация бесплатна",
            "steps": [
                {
                    "title": "Проверьте территориальную зону",
                    "what": "Найдите участок на карте ПЗЗ и убедитесь, что ваш вид деятельности относится к разрешённым.",
                    "where": "Сайт администрации города, публичная кадастровая карта",
                    "duration": "1 час",
                    "cost": "Бесплатно",
                },
                {
                    "title": "Закажите выписку из ЕГРН",
                    "what": "Проверьте собственника, назначение помещения и обременения.",
                    "where": "Госуслуги, МФЦ",
                    "duration": "1–3 рабочих дня",
                    "cost": "По тарифу Росреестра",
                },
                {
                    "title": "Сверьте санитарные и пожарные требования",
                    "what": "Уточните требования к вашему виду деятельности и осмотрите помещение с их учётом.",
                    "where": "Управление Роспотребнадзора, консультация в инфопункте",
                    "duration": "1–3 дня",
                    "cost": "Бесплатно",
                },
                {
                    "title": "Согласуйте условия договора",
                    "what": "Зафиксируйте в договоре срок, арендные каникулы на ремонт, кто платит за коммунальные услуги и право на вывеску.",
                    "where": "С арендодателем",
                    "duration": "1 неделя",
                    "cost": "—",
                },
            ],
            "documents": [
                "Выписка из ЕГРН на помещение",
                "Проект договора аренды",
                "Поэтажный план помещения",
            ],
            "legal_basis": [
                {
                    "title": "Градостроительный кодекс РФ от 29.12.2004 № 190-ФЗ, статьи 30–37",
                    "url": "https://www.consultant.ru/document/cons_doc_LAW_51040/",
                },
                {
                    "title": "Гражданский кодекс РФ, часть вторая, глава 34 «Аренда»",
                    "url": "https://www.consultant.ru/document/cons_doc_LAW_9027/",
                },
            ],
        },
        "en": {
            "title": "Choosing premises: zoning, permitted use and checks before you lease",
            "summary": "What to check before you lease or buy business premises: permitted use under the city's land use and zoning rules, non-residential status, sanitary and fire requirements, signage.",
            "body": """Badly chosen premises are one of the most expensive mistakes a new entrepreneur can make. Check a few things before you sign.

**Zoning.** The land use and development rules (PZZ) of the Kaliningrad city district say what may be located in each zone. The zoning map is on the city administration's website and the public cadastral map.

**Status of the premises.** Businesses operate in non-residential premises. Converting a flat into non-residential use is a separate procedure that takes months and needs the neighbours' consent. Check the extract from the real estate register (EGRN): owner, designated use, encumbrances.

**Requirements for your activity.** Catering and food shops need ventilation, water supply and a separate entrance; alcohol sales depend on floor area and distance from schools; services for children must meet sanitary rules.

**Signage.** In the city centre the look of shop signs is regulated by the city improvement rules; check them before ordering a sign.

Book a consultation at the information point: we will help you list the questions to ask the landlord.""",
            "duration": "1–2 weeks for the checks",
            "fees": "EGRN extract at the Rosreestr rate; the consultation is free",
            "steps": [
                {
                    "title": "Check the zone",
                    "what": "Find the plot on the zoning map and make sure your activity is a permitted use.",
                    "where": "City administration website, public cadastral map",
                    "duration": "1 hour",
                    "cost": "Free",
                },
                {
                    "title": "Order an EGRN extract",
                    "what": "Check the owner, the designated use of the premises and any encumbrances.",
                    "where": "Gosuslugi, MFC",
                    "duration": "1–3 working days",
                    "cost": "Rosreestr rate",
                },
                {
                    "title": "Check sanitary and fire requirements",
                    "what": "Find out the requirements for your activity and inspect the premises with them in mind.",
                    "where": "Rospotrebnadzor regional office, a consultation at the information point",
                    "duration": "1–3 days",
                    "cost": "Free",
                },
                {
                    "title": "Agree the lease terms",
                    "what": "Put the term, a rent-free period for renovation, who pays the utilities and the right to put up a sign into the lease.",
                    "where": "With the landlord",
                    "duration": "1 week",
                    "cost": "—",
                },
            ],
            "documents": [
                "EGRN extract for the premises",
                "Draft lease",
                "Floor plan of the premises",
            ],
            "legal_basis": [
                {
                    "title": "Town Planning Code of the Russian Federation No. 190-FZ of 29.12.2004, Articles 30–37",
                    "url": "https://www.consultant.ru/document/cons_doc_LAW_51040/",
                },
                {
                    "title": "Civil Code of the Russian Federation, Part Two, Chapter 34 “Lease”",
                    "url": "https://www.consultant.ru/document/cons_doc_LAW_9027/",
                },
            ],
        },
    },
    {
        "slug": "hiring-first-employee",
        "topics": ["hiring"],
        "audiences": ["sole_proprietor", "company"],
        "visibility": "public",
        "partners": ["social-fund", "fns-kaliningrad", "employment-centre"],
        "related": [
            "social-fund-registration",
            "employment-centre-services",
            "first-year-reporting-calendar",
        ],
        "review_interval_days": 180,
        "last_reviewed": "2026-09-22",
        "ru": {
            "title": "Как нанять первого сотрудника",
            "summary": "Пошаговый порядок приёма на работу первого работника: трудовой договор, приказ, сведения в Социальный фонд, НДФЛ и страховые взносы, кадровые документы.",
            "body": """Первый сотрудник превращает вас в **работодателя**, а значит — в налогового агента и страхователя. Самозанятые нанимать работников по трудовому договору не могут; ИП на патенте — не больше 15 человек.

Что нужно сделать при приёме:

1. Заключить **трудовой договор в письменной форме** не позднее трёх рабочих дней со дня фактического допуска к работе.
2. Ознакомить работника под подпись с правилами внутреннего трудового распорядка и другими локальными актами.
3. Передать сведения о приёме в **Социальный фонд** (форма ЕФС-1) не позднее следующего рабочего дня после приказа.
4. Если работник — иностранный гражданин, уведомить МВД в течение трёх рабочих дней.

Каждый месяц вы удерживаете **НДФЛ** из зарплаты и платите **страховые взносы** сверх неё. Для части малых предприятий действуют пониженные тарифы взносов с зарплаты выше порога, привязанного к МРОТ; перечень видов деятельности и пороги меняются — **уточните актуальные условия** для вашего вида деятельности.

ИП с работниками должен дополнительно зарегистрироваться в Социальном фонде как страхователь по страхованию от несчастных случаев (см. статью о регистрации в Социальном фонде).""",
            "duration": "1–3 рабочих дня на оформление",
            "fees": "Без пошлин; расходы — зарплата, НДФЛ 13% (удерживается из зарплаты) и страховые взносы",
            "steps": [
                {
                    "title": "Подготовьте трудовой договор",
                    "what": "Укажите трудовую функцию, место работы, дату начала, зарплату и режим работы; можно использовать типовую форму для микропредприятий.",
                    "where": "Самостоятельно, шаблоны на портале «Онлайнинспекция.РФ»",
                    "duration": "1 день",
                    "cost": "Бесплатно",
                },
                {
                    "title": "Оформите приём",
                    "what": "Подпишите договор в двух экземплярах, издайте приказ о приёме, ознакомьте работника с локальными актами.",
                    "where": "В офисе",
                    "duration": "1 день",
                    "cost": "Бесплатно",
                },
                {
                    "title": "Отправьте ЕФС-1 в Социальный фонд",
                    "what": "Подайте сведения о трудовой деятельности (подраздел ЕФС-1) не позднее следующего рабочего дня после приказа.",
                    "where": "Электронная отчётность, личный кабинет страхователя",
                    "duration": "1 рабочий день",
                    "cost": "Бесплатно",
                },
                {
                    "title": "Зарегистрируйтесь как страхователь (для ИП)",
                    "what": "ИП подаёт заявление о регистрации в Социальном фонде в течение 30 календарных дней после заключения первого трудового договора.",
                    "where": "Госуслуги, клиентская служба Социального фонда",
                    "duration": "До 30 дней",
                    "cost": "Бесплатно",
                },
                {
                    "title": "Платите зарплату, НДФЛ и взносы",
                    "what": "Выплачивайте зарплату не реже двух раз в месяц, перечисляйте НДФЛ и взносы единым налоговым платежом и подавайте уведомления.",
                    "where": "Банк, личный кабинет на сайте ФНС",
                    "duration": "Ежемесячно",
                    "cost": "По расчёту",
                },
            ],
            "documents": [
                "Трудовой договор",
                "Приказ о приёме на работу",
                "Паспорт, СНИЛС и ИНН работника",
                "Сведения о трудовой деятельности (ЕФС-1)",
                "Правила внутреннего трудового распорядка",
            ],
            "legal_basis": [
                {
                    "title": "Трудовой кодекс РФ от 30.12.2001 № 197-ФЗ, статьи 56–68",
                    "url": "https://www.consultant.ru/document/cons_doc_LAW_34683/",
                },
                {
                    "title": "Федеральный закон от 24.07.1998 № 125-ФЗ «Об обязательном социальном страховании от несчастных случаев на производстве и профессиональных заболеваний»",
                    "url": "https://www.consultant.ru/document/cons_doc_LAW_19559/",
                },
            ],
        },
        "en": {
            "title": "How to hire your first employee",
            "summary": "Step by step through taking on your first member of staff: the employment contract, the hiring order, reporting to the Social Fund, personal income tax and insurance contributions, HR paperwork.",
            "body": """Your first employee makes you an **employer**, which means you withhold tax and pay social insurance. Self-employed people cannot hire staff under employment contracts; a sole proprietor on a patent may have no more than 15.

What to do when you hire:

1. Sign a **written employment contract** no later than three working days after the person actually starts work.
2. Have the employee sign that they have read the work rules and other internal policies.
3. Report the hiring to the **Social Fund** (form EFS-1) no later than the next working day after the hiring order.
4. If the employee is a foreign national, notify the Interior Ministry within three working days.

Every month you withhold **personal income tax** from the salary and pay **insurance contributions** on top of it. Some small businesses pay reduced contribution rates on the part of the salary above a threshold linked to the minimum wage; the eligible activities and thresholds change — **check the current terms** for your activity.

A sole proprietor with employees must also register with the Social Fund as an insurer for workplace accident insurance (see the article on Social Fund registration).""",
            "duration": "1–3 working days of paperwork",
            "fees": "No fees; costs are the salary, 13% personal income tax (withheld from the salary) and insurance contributions",
            "steps": [
                {
                    "title": "Prepare the employment contract",
                    "what": "State the job, place of work, start date, salary and working hours; micro-enterprises may use the standard form.",
                    "where": "On your own, templates on the labour inspectorate's portal «Онлайнинспекция.РФ»",
                    "duration": "1 day",
                    "cost": "Free",
                },
                {
                    "title": "Complete the hiring",
                    "what": "Sign the contract in two copies, issue the hiring order and have the employee read the internal policies.",
                    "where": "At your office",
                    "duration": "1 day",
                    "cost": "Free",
                },
                {
                    "title": "Send form EFS-1 to the Social Fund",
                    "what": "Report the employment (EFS-1 subsection) no later than the next working day after the order.",
                    "where": "Electronic reporting, the insurer's online account",
                    "duration": "1 working day",
                    "cost": "Free",
                },
                {
                    "title": "Register as an insurer (sole proprietors)",
                    "what": "A sole proprietor applies to register with the Social Fund within 30 calendar days of signing the first employment contract.",
                    "where": "Gosuslugi, a Social Fund client office",
                    "duration": "Up to 30 days",
                    "cost": "Free",
                },
                {
                    "title": "Pay salary, income tax and contributions",
                    "what": "Pay the salary at least twice a month, transfer income tax and contributions as a single tax payment and file the notifications.",
                    "where": "Bank, your account on the tax service website",
                    "duration": "Monthly",
                    "cost": "As calculated",
                },
            ],
            "documents": [
                "Employment contract",
                "Hiring order",
                "Employee's passport, SNILS (insurance number) and taxpayer number",
                "Employment record report (EFS-1)",
                "Internal work rules",
            ],
            "legal_basis": [
                {
                    "title": "Labour Code of the Russian Federation No. 197-FZ of 30.12.2001, Articles 56–68",
                    "url": "https://www.consultant.ru/document/cons_doc_LAW_34683/",
                },
                {
                    "title": "Federal Law No. 125-FZ of 24.07.1998 “On Compulsory Social Insurance against Accidents at Work and Occupational Diseases”",
                    "url": "https://www.consultant.ru/document/cons_doc_LAW_19559/",
                },
            ],
        },
    },
    {
        "slug": "electronic-signature",
        "topics": ["permits", "registration"],
        "audiences": ["sole_proprietor", "company"],
        "visibility": "public",
        "partners": ["fns-kaliningrad"],
        "related": ["ip-registration", "llc-registration", "online-cash-register"],
        "review_interval_days": 365,
        "last_reviewed": "2026-04-14",
        "ru": {
            "title": "Квалифицированная электронная подпись (КЭП) для ИП и директора",
            "summary": "Где бесплатно получить квалифицированную электронную подпись (КЭП) для ИП или руководителя ООО в удостоверяющем центре ФНС и как оформить подпись для сотрудников с машиночитаемой доверенностью.",
            "body": """Электронная подпись нужна, чтобы сдавать отчётность, регистрировать онлайн-кассу, подключаться к ЕГАИС, участвовать в торгах и подписывать документы с контрагентами.

**ИП, руководители организаций и нотариусы** получают квалифицированную электронную подпись **бесплатно** в удостоверяющем центре ФНС. Подпись выдаётся лично, при визите в налоговую или к доверенному лицу удостоверяющего центра.

**Сотрудники** (бухгалтер, менеджер) подписывают документы своей личной подписью физического лица вместе с **машиночитаемой доверенностью (МЧД)** от организации. Личную подпись можно купить в любом аккредитованном удостоверяющем центре.

Для записи подписи нужен защищённый носитель — токен, сертифицированный ФСТЭК или ФСБ России. Его покупают заранее. Срок действия сертификата обычно 15 месяцев.""",
            "duration": "В день обращения",
            "fees": "Подпись в УЦ ФНС бесплатна; токен — от 1 500 руб. (уточните цены)",
            "steps": [
                {
                    "title": "Купите токен",
                    "what": "Приобретите защищённый USB-носитель, сертифицированный ФСТЭК или ФСБ России.",
                    "where": "Поставщики средств электронной подписи",
                    "duration": "1 день",
                    "cost": "От 1 500 руб.",
                },
                {
                    "title": "Подайте заявку",
                    "what": "Подайте заявление на выпуск подписи в личном кабинете на сайте ФНС или запишитесь на приём.",
                    "where": "Личный кабинет на сайте ФНС, УФНС по Калининградской области",
                    "duration": "15 минут",
                    "cost": "Бесплатно",
                },
                {
                    "title": "Получите подпись лично",
                    "what": "Придите с паспортом, СНИЛС и токеном; подпись запишут на носитель при вас.",
                    "where": "Налоговая инспекция или доверенное лицо УЦ ФНС",
                    "duration": "30 минут",
                    "cost": "Бесплатно",
                },
            ],
            "documents": [
                "Паспорт",
                "СНИЛС",
                "ИНН",
                "Токен, сертифицированный ФСТЭК или ФСБ России",
            ],
            "legal_basis": [
                {
                    "title": "Федеральный закон от 06.04.2011 № 63-ФЗ «Об электронной подписи»",
                    "url": "https://www.consultant.ru/document/cons_doc_LAW_112701/",
                },
            ],
        },
        "en": {
            "title": "Qualified electronic signature (KEP) for sole proprietors and directors",
            "summary": "Where a sole proprietor or an LLC director gets a free qualified electronic signature (KEP) from the tax service's certification centre, and how employees sign with a machine-readable power of attorney.",
            "body": """You need an electronic signature to file reports, register an online cash register, connect to EGAIS, take part in public tenders and sign documents with business partners.

**Sole proprietors, company directors and notaries** get a qualified electronic signature **free of charge** from the tax service's certification centre. It is issued in person at the tax office or at one of the centre's trusted agents.

**Employees** (an accountant, a manager) sign with their personal signature together with a **machine-readable power of attorney (MChD)** from the company. A personal signature can be bought from any accredited certification centre.

The signature is stored on a secure token certified by FSTEC or the FSB of Russia, which you buy in advance. A certificate is usually valid for 15 months.""",
            "duration": "Same day",
            "fees": "The signature from the tax service is free; a token costs from 1,500 roubles (check prices)",
            "steps": [
                {
                    "title": "Buy a token",
                    "what": "Buy a secure USB token certified by FSTEC or the FSB of Russia.",
                    "where": "Electronic signature suppliers",
                    "duration": "1 day",
                    "cost": "From 1,500 roubles",
                },
                {
                    "title": "Apply",
                    "what": "Apply for the signature in your account on the tax service website or book an appointment.",
                    "where": "Tax service website, regional tax office",
                    "duration": "15 minutes",
                    "cost": "Free",
                },
                {
                    "title": "Collect the signature in person",
                    "what": "Bring your passport, SNILS and the token; the signature is written onto the token in your presence.",
                    "where": "Tax office or a trusted agent of the tax service's certification centre",
                    "duration": "30 minutes",
                    "cost": "Free",
                },
            ],
            "documents": [
                "Passport",
                "SNILS (insurance number)",
                "Taxpayer number (INN)",
                "Token certified by FSTEC or the FSB of Russia",
            ],
            "legal_basis": [
                {
                    "title": "Federal Law No. 63-FZ of 06.04.2011 “On Electronic Signatures”",
                    "url": "https://www.consultant.ru/document/cons_doc_LAW_112701/",
                },
            ],
        },
    },
    {
        "slug": "first-year-reporting-calendar",
        "topics": ["taxes"],
        "audiences": ["sole_proprietor", "company", "self_employed"],
        "visibility": "public",
        "partners": ["fns-kaliningrad", "social-fund"],
        "related": ["choosing-tax-regime", "ip-insurance-contributions", "hiring-first-employee"],
        "review_interval_days": 180,
        "last_reviewed": "2026-09-29",
        "ru": {
            "title": "Календарь отчётности и налоговых платежей в первый год",
            "summary": "Сроки сдачи отчётности и уплаты налогов в первый год работы на УСН, патенте и с работниками: 25-е и 28-е число, декларация по УСН, фиксированные взносы ИП.",
            "body": """С 2023 года почти все налоги и взносы платятся **единым налоговым платежом (ЕНП)** на единый налоговый счёт. Общие правила: **25-е число** — срок для отчётов и уведомлений, **28-е число** — срок уплаты. Если дата выпадает на выходной, срок переносится на следующий рабочий день.

**УСН без работников (ИП):**

- авансовые платежи — до 28 апреля, 28 июля и 28 октября; уведомления об исчисленных суммах — до 25-го числа того же месяца;
- декларация за год — до 25 апреля следующего года (для ООО — до 25 марта), налог за год — до 28 апреля (для ООО — до 28 марта);
- фиксированные взносы ИП за себя — до 28 декабря, 1% с дохода свыше 300 000 руб. — до 1 июля следующего года.

**Патент:** декларации нет, оплата по графику в зависимости от срока патента.

**С работниками** добавляются: ежемесячные уведомления по НДФЛ и взносам, расчёт по страховым взносам (РСВ) и 6-НДФЛ ежеквартально, ЕФС-1 в Социальный фонд, персонифицированные сведения — ежемесячно.

**ООО** также сдаёт годовую бухгалтерскую отчётность до 31 марта.

Сроки иногда меняются — сверяйтесь с налоговым календарём на сайте ФНС.""",
            "duration": "Весь год",
            "fees": "Бесплатно; штрафы за опоздание с отчётами — по НК РФ",
            "steps": [
                {
                    "title": "Подключите личный кабинет и ЕНС",
                    "what": "Войдите в личный кабинет ИП или юридического лица на сайте ФНС и проверьте сальдо единого налогового счёта.",
                    "where": "Сайт ФНС",
                    "duration": "30 минут",
                    "cost": "Бесплатно",
                },
                {
                    "title": "Внесите сроки в календарь",
                    "what": "Отметьте 25-е и 28-е числа, даты авансов по УСН, срок декларации и взносов ИП за себя.",
                    "where": "Ваш календарь",
                    "duration": "15 минут",
                    "cost": "Бесплатно",
                },
                {
                    "title": "Подавайте уведомления и платите ЕНП",
                    "what": "Подавайте уведомления об исчисленных суммах до 25-го и пополняйте ЕНС до 28-го числа.",
                    "where": "Личный кабинет, банк",
                    "duration": "Ежемесячно или ежеквартально",
                    "cost": "Сумма налогов",
                },
                {
                    "title": "Сдайте годовую декларацию",
                    "what": "По итогам года подайте декларацию по УСН и доплатите налог.",
                    "where": "Личный кабинет на сайте ФНС",
                    "duration": "До 25 марта (ООО) или 25 апреля (ИП)",
                    "cost": "Бесплатно",
                },
            ],
            "documents": [
                "Книга учёта доходов и расходов (КУДиР)",
                "Уведомления об исчисленных суммах налогов",
                "Декларация по УСН",
                "Для работодателей: РСВ, 6-НДФЛ, ЕФС-1",
            ],
            "legal_basis": [
                {
                    "title": "Налоговый кодекс РФ, часть первая, статья 11.3 (единый налоговый платёж)",
                    "url": "https://www.consultant.ru/document/cons_doc_LAW_19671/",
                },
                {
                    "title": "Федеральный закон от 06.12.2011 № 402-ФЗ «О бухгалтерском учёте»",
                    "url": "https://www.consultant.ru/document/cons_doc_LAW_122855/",
                },
            ],
        },
        "en": {
            "title": "Reporting and tax payment calendar for your first year",
            "summary": "Deadlines for reports and tax payments in your first year on the simplified system, a patent or with employees: the 25th and the 28th, the USN tax return, a sole proprietor's fixed contributions.",
            "body": """Since 2023 almost all taxes and contributions are paid as a **single tax payment (ENP)** into a single tax account. The general rule: the **25th** is the deadline for reports and notifications, the **28th** for payment. If the date falls on a weekend, it moves to the next working day.

**Simplified system without employees (sole proprietor):**

- advance payments by 28 April, 28 July and 28 October; notifications of the amounts due by the 25th of the same month;
- the annual return by 25 April of the following year (LLCs: 25 March), the annual tax by 28 April (LLCs: 28 March);
- a sole proprietor's fixed contributions by 28 December, and 1% of income above 300,000 roubles by 1 July of the following year.

**Patent:** no return, payment on a schedule that depends on the patent's term.

**With employees** you add: monthly notifications on income tax and contributions, the quarterly insurance contributions report (RSV) and 6-NDFL, EFS-1 to the Social Fund and monthly personal data reports.

An **LLC** also files annual financial statements by 31 March.

Deadlines sometimes change — check the tax calendar on the tax service website.""",
            "duration": "All year",
            "fees": "Free; late filing leads to fines under the Tax Code",
            "steps": [
                {
                    "title": "Open your online account and single tax account",
                    "what": "Sign in to the sole proprietor's or company's account on the tax service website and check the balance of the single tax account.",
                    "where": "Tax service website",
                    "duration": "30 minutes",
                    "cost": "Free",
                },
                {
                    "title": "Put the deadlines in your calendar",
                    "what": "Mark the 25th and the 28th, the USN advance payment dates, the return deadline and the sole proprietor's own contributions.",
                    "where": "Your calendar",
                    "duration": "15 minutes",
                    "cost": "Free",
                },
                {
                    "title": "File notifications and pay the single tax payment",
                    "what": "File notifications of the amounts due by the 25th and top up the single tax account by the 28th.",
                    "where": "Online account, bank",
                    "duration": "Monthly or quarterly",
                    "cost": "The taxes due",
                },
                {
                    "title": "File the annual return",
                    "what": "After the year ends, file the USN return and pay the balance of the tax.",
                    "where": "Your account on the tax service website",
                    "duration": "By 25 March (LLC) or 25 April (sole proprietor)",
                    "cost": "Free",
                },
            ],
            "documents": [
                "Income and expense ledger (KUDiR)",
                "Notifications of calculated tax amounts",
                "USN tax return",
                "For employers: RSV, 6-NDFL, EFS-1",
            ],
            "legal_basis": [
                {
                    "title": "Tax Code of the Russian Federation, Part One, Article 11.3 (single tax payment)",
                    "url": "https://www.consultant.ru/document/cons_doc_LAW_19671/",
                },
                {
                    "title": "Federal Law No. 402-FZ of 06.12.2011 “On Accounting”",
                    "url": "https://www.consultant.ru/document/cons_doc_LAW_122855/",
                },
            ],
        },
    },
    {
        "slug": "ip-insurance-contributions",
        "topics": ["taxes"],
        "audiences": ["sole_proprietor"],
        "visibility": "public",
        "partners": ["fns-kaliningrad", "social-fund"],
        "related": [
            "first-year-reporting-calendar",
            "choosing-tax-regime",
            "social-fund-registration",
        ],
        "review_interval_days": 365,
        "last_reviewed": "2026-01-26",
        "ru": {
            "title": "Страховые взносы ИП «за себя»",
            "summary": "Индивидуальный предприниматель платит фиксированные страховые взносы за себя, даже если дохода нет: в 2026 году — 57 390 руб. до 28 декабря, плюс 1% с дохода свыше 300 000 руб.",
            "body": """Каждый ИП — кроме тех, кто перешёл на НПД или АУСН, — платит страховые взносы на пенсионное и медицинское страхование **за себя**. Взносы обязательны, даже если бизнес не работал и дохода не было.

Взносы состоят из двух частей:

- **фиксированная сумма** — в 2026 году 57 390 руб., срок уплаты — 28 декабря; за неполный первый год сумма считается пропорционально дням;
- **1% с дохода свыше 300 000 руб.** за год — до 1 июля следующего года; общая сумма ограничена предельной величиной.

Платить можно частями в течение года. На УСН «доходы» и патенте взносы **уменьшают налог**: ИП без работников может уменьшить налог на всю сумму взносов.

Размер взносов индексируется ежегодно — **уточните актуальную сумму** на сайте ФНС.""",
            "duration": "Ежегодно до 28 декабря",
            "fees": "57 390 руб. за 2026 год плюс 1% с дохода свыше 300 000 руб. (уточните)",
            "steps": [
                {
                    "title": "Рассчитайте сумму",
                    "what": "Посчитайте фиксированные взносы (пропорционально, если ИП зарегистрирован в течение года) и 1% с дохода свыше 300 000 руб.",
                    "where": "Калькулятор страховых взносов на сайте ФНС",
                    "duration": "15 минут",
                    "cost": "Бесплатно",
                },
                {
                    "title": "Пополните единый налоговый счёт",
                    "what": "Перечислите сумму единым налоговым платежом. Уведомление для фиксированных взносов подавать не нужно.",
                    "where": "Личный кабинет ИП, банк",
                    "duration": "До 28 декабря; 1% — до 1 июля",
                    "cost": "Сумма взносов",
                },
                {
                    "title": "Уменьшите налог на взносы",
                    "what": "Учтите уплаченные взносы при расчёте авансов по УСН или подайте уведомление об уменьшении патента.",
                    "where": "Личный кабинет ИП",
                    "duration": "В сроки уплаты налога",
                    "cost": "Бесплатно",
                },
            ],
            "documents": [
                "Сведения о доходах за год",
                "Уведомление об уменьшении суммы патента (для ПСН)",
            ],
            "legal_basis": [
                {
                    "title": "Налоговый кодекс РФ, часть вторая, глава 34 «Страховые взносы», статья 430",
                    "url": "https://www.consultant.ru/document/cons_doc_LAW_28165/",
                },
            ],
        },
        "en": {
            "title": "A sole proprietor's own insurance contributions",
            "summary": "A sole proprietor pays fixed insurance contributions for themselves even without income: 57,390 roubles in 2026, due by 28 December, plus 1% of income above 300,000 roubles.",
            "body": """Every sole proprietor — except those who switched to NPD or AUSN — pays pension and medical insurance contributions **for themselves**. They are compulsory even if the business did not trade and earned nothing.

The contributions have two parts:

- a **fixed amount** — 57,390 roubles in 2026, due by 28 December; for an incomplete first year it is pro-rated by days;
- **1% of income above 300,000 roubles** a year — due by 1 July of the following year; the total is capped.

You may pay in instalments during the year. On the simplified system (income) and on a patent, the contributions **reduce your tax**: a sole proprietor without employees can deduct the full amount.

The amount is indexed every year — **check the current figure** on the tax service website.""",
            "duration": "Every year by 28 December",
            "fees": "57,390 roubles for 2026 plus 1% of income above 300,000 roubles (check)",
            "steps": [
                {
                    "title": "Calculate the amount",
                    "what": "Work out the fixed contributions (pro-rated if you registered during the year) and 1% of income above 300,000 roubles.",
                    "where": "Insurance contributions calculator on the tax service website",
                    "duration": "15 minutes",
                    "cost": "Free",
                },
                {
                    "title": "Top up your single tax account",
                    "what": "Transfer the amount as a single tax payment. No notification is needed for the fixed contributions.",
                    "where": "Sole proprietor's online account, bank",
                    "duration": "By 28 December; the 1% by 1 July",
                    "cost": "The contributions",
                },
                {
                    "title": "Reduce your tax by the contributions",
                    "what": "Take the contributions paid into account when calculating USN advance payments, or file a notification to reduce the patent.",
                    "where": "Sole proprietor's online account",
                    "duration": "By the tax payment deadlines",
                    "cost": "Free",
                },
            ],
            "documents": [
                "Income figures for the year",
                "Notification on reducing the patent amount (patent holders)",
            ],
            "legal_basis": [
                {
                    "title": "Tax Code of the Russian Federation, Part Two, Chapter 34 “Insurance Contributions”, Article 430",
                    "url": "https://www.consultant.ru/document/cons_doc_LAW_28165/",
                },
            ],
        },
    },
    {
        "slug": "social-fund-registration",
        "topics": ["hiring"],
        "audiences": ["sole_proprietor", "company"],
        "visibility": "public",
        "partners": ["social-fund"],
        "related": [
            "hiring-first-employee",
            "ip-insurance-contributions",
            "first-year-reporting-calendar",
        ],
        "review_interval_days": 365,
        "last_reviewed": "2026-05-12",
        "ru": {
            "title": "Регистрация в Социальном фонде и взносы на травматизм",
            "summary": "Когда работодателю нужно регистрироваться в Социальном фонде России: ООО ставятся на учёт автоматически, ИП с работниками подают заявление в течение 30 дней. Взносы на страхование от несчастных случаев платятся в Социальный фонд.",
            "body": """Отделение Социального фонда России по Калининградской области ведёт учёт работодателей, пенсионные права работников и страхование от несчастных случаев на производстве.

**Организации** регистрируются в Социальном фонде автоматически по сведениям из ЕГРЮЛ — делать ничего не нужно.

**ИП** регистрируются как страхователи только если нанимают работников по трудовому договору или заключают гражданско-правовой договор, предусматривающий уплату взносов на травматизм. Заявление подаётся в течение **30 календарных дней** после заключения первого договора.

Основные взносы (пенсионные, медицинские, социальные) администрирует налоговая служба, а **взносы на страхование от несчастных случаев** платятся напрямую в Социальный фонд — по тарифу, зависящему от класса профессионального риска вашего основного вида деятельности. Ежегодно до 15 апреля организации подтверждают основной вид деятельности.

Отчётность в Социальный фонд — единая форма **ЕФС-1**.""",
            "duration": "До 3 рабочих дней",
            "fees": "Регистрация бесплатна; тариф взносов на травматизм — от 0,2% фонда оплаты труда",
            "steps": [
                {
                    "title": "Подайте заявление (для ИП)",
                    "what": "Подайте заявление о регистрации в качестве страхователя — физического лица, заключившего трудовой договор.",
                    "where": "Госуслуги, клиентская служба Социального фонда",
                    "duration": "В течение 30 дней после найма",
                    "cost": "Бесплатно",
                },
                {
                    "title": "Получите уведомление о регистрации",
                    "what": "Фонд присвоит регистрационный номер и сообщит тариф взносов на травматизм.",
                    "where": "Личный кабинет страхователя, Госуслуги",
                    "duration": "3 рабочих дня",
                    "cost": "Бесплатно",
                },
                {
                    "title": "Подтверждайте основной вид деятельности",
                    "what": "Ежегодно до 15 апреля подавайте заявление и справку-подтверждение основного вида деятельности (для организаций).",
                    "where": "Личный кабинет страхователя",
                    "duration": "Ежегодно",
                    "cost": "Бесплатно",
                },
            ],
            "documents": [
                "Заявление о регистрации в качестве страхователя",
                "Паспорт ИП",
                "Трудовой договор с первым работником",
            ],
            "legal_basis": [
                {
                    "title": "Федеральный закон от 24.07.1998 № 125-ФЗ «Об обязательном социальном страховании от несчастных случаев на производстве и профессиональных заболеваний»",
                    "url": "https://www.consultant.ru/document/cons_doc_LAW_19559/",
                },
            ],
        },
        "en": {
            "title": "Registering with the Social Fund and workplace accident contributions",
            "summary": "When an employer must register with the Social Fund of Russia: LLCs are registered automatically, sole proprietors with employees apply within 30 days. Workplace accident insurance contributions are paid to the Social Fund.",
            "body": """The Kaliningrad branch of the Social Fund of Russia keeps the register of employers, employees' pension rights and workplace accident insurance.

**Companies** are registered with the Social Fund automatically from the register of legal entities — you do nothing.

**Sole proprietors** register as insurers only if they hire staff under an employment contract or sign a civil-law contract that provides for accident insurance. The application is due within **30 calendar days** of signing the first contract.

The main contributions (pension, medical, social) are collected by the tax service, while **workplace accident insurance contributions** are paid directly to the Social Fund at a rate that depends on the occupational risk class of your main activity. Every year by 15 April companies confirm their main activity.

Reports to the Social Fund are filed on the single form **EFS-1**.""",
            "duration": "Up to 3 working days",
            "fees": "Registration is free; the accident insurance rate starts at 0.2% of the payroll",
            "steps": [
                {
                    "title": "Apply (sole proprietors)",
                    "what": "File the application to register as an insurer — an individual who has signed an employment contract.",
                    "where": "Gosuslugi, a Social Fund client office",
                    "duration": "Within 30 days of hiring",
                    "cost": "Free",
                },
                {
                    "title": "Receive the registration notice",
                    "what": "The Fund assigns a registration number and tells you your accident insurance rate.",
                    "where": "The insurer's online account, Gosuslugi",
                    "duration": "3 working days",
                    "cost": "Free",
                },
                {
                    "title": "Confirm your main activity",
                    "what": "Every year by 15 April file the application and certificate confirming your main activity (companies).",
                    "where": "The insurer's online account",
                    "duration": "Annually",
                    "cost": "Free",
                },
            ],
            "documents": [
                "Application to register as an insurer",
                "Sole proprietor's passport",
                "Employment contract with the first employee",
            ],
            "legal_basis": [
                {
                    "title": "Federal Law No. 125-FZ of 24.07.1998 “On Compulsory Social Insurance against Accidents at Work and Occupational Diseases”",
                    "url": "https://www.consultant.ru/document/cons_doc_LAW_19559/",
                },
            ],
        },
    },
    {
        "slug": "employment-centre-services",
        "topics": ["hiring", "money-support"],
        "audiences": ["company", "sole_proprietor", "planning"],
        "visibility": "public",
        "partners": ["employment-centre"],
        "related": [
            "hiring-first-employee",
            "regional-support-programmes",
            "youth-entrepreneur-grant",
        ],
        "review_interval_days": 180,
        "last_reviewed": "2026-08-03",
        "ru": {
            "title": "Центр занятости: подбор персонала, ярмарки вакансий и субсидии работодателям",
            "summary": "Чем центр занятости населения помогает работодателям: бесплатный подбор работников через портал «Работа России», ярмарки вакансий, субсидии за трудоустройство отдельных категорий граждан и поддержка безработных, открывающих своё дело.",
            "body": """Центр занятости населения Калининградской области работает не только с соискателями, но и с **работодателями** — все услуги бесплатны.

Что можно получить:

- **подбор персонала**: разместите вакансию на портале «Работа России», и центр предложит кандидатов из своей базы;
- **ярмарки вакансий** — отраслевые и общегородские, где можно за один день провести десятки собеседований;
- **субсидии за трудоустройство** отдельных категорий граждан (например, молодёжи до 30 лет, людей с инвалидностью, безработных) — компенсация части зарплаты при найме через центр;
- **стажировки и обучение** работников под ваши требования;
- **единовременная помощь безработным**, которые открывают своё дело, — если вы сами стоите на учёте как безработный.

Программы субсидий и их размер утверждаются ежегодно — **уточните актуальные условия** в центре занятости.""",
            "duration": "Подбор — от 1 недели; решение по субсидии — около 10 рабочих дней",
            "fees": "Бесплатно",
            "steps": [
                {
                    "title": "Зарегистрируйтесь на портале «Работа России»",
                    "what": "Создайте личный кабинет работодателя через Госуслуги и опубликуйте вакансии.",
                    "where": "trudvsem.ru",
                    "duration": "30 минут",
                    "cost": "Бесплатно",
                },
                {
                    "title": "Обратитесь к своему специалисту",
                    "what": "Расскажите центру, каких работников вы ищете и готовы ли взять человека из льготной категории.",
                    "where": "Центр занятости населения Калининградской области",
                    "duration": "1 час",
                    "cost": "Бесплатно",
                },
                {
                    "title": "Подайте заявление на субсидию",
                    "what": "Если нанимаете человека по направлению центра, подайте заявление на компенсацию части расходов на зарплату.",
                    "where": "Портал «Работа России», Социальный фонд (по программе)",
                    "duration": "10 рабочих дней",
                    "cost": "Бесплатно",
                },
                {
                    "title": "Участвуйте в ярмарке вакансий",
                    "what": "Запишитесь на ближайшую ярмарку вакансий и подготовьте описание вакансий.",
                    "where": "Центр занятости, площадки ярмарок",
                    "duration": "1 день",
                    "cost": "Бесплатно",
                },
            ],
            "documents": [
                "Сведения о потребности в работниках (вакансии)",
                "Выписка из ЕГРЮЛ/ЕГРИП",
                "Трудовой договор с принятым работником (для субсидии)",
            ],
            "legal_basis": [
                {
                    "title": "Федеральный закон от 12.12.2023 № 565-ФЗ «О занятости населения в Российской Федерации»",
                    "url": "https://rg.ru/documents/2023/12/18/document-o-zanyatosti-naseleniya.html",
                },
            ],
        },
        "en": {
            "title": "The Employment Centre: recruitment, job fairs and hiring subsidies",
            "summary": "How the Employment Centre helps employers: free recruitment through the «Work in Russia» portal, job fairs, subsidies for hiring certain groups of people and support for unemployed people starting their own business.",
            "body": """The Employment Centre of the Kaliningrad region works not only with job seekers but also with **employers** — all its services are free.

What you can get:

- **recruitment**: post a vacancy on the «Work in Russia» (Работа России) portal and the centre will suggest candidates from its database;
- **job fairs** — sector-specific and city-wide, where you can hold dozens of interviews in one day;
- **hiring subsidies** for certain groups (for example, young people under 30, people with disabilities, the unemployed) — part of the salary is reimbursed when you hire through the centre;
- **internships and training** of staff to your requirements;
- **a one-off grant for unemployed people** who start their own business — if you yourself are registered as unemployed.

Subsidy programmes and amounts are approved every year — **check the current terms** with the Employment Centre.""",
            "duration": "Recruitment from 1 week; a subsidy decision in about 10 working days",
            "fees": "Free",
            "steps": [
                {
                    "title": "Register on the «Work in Russia» portal",
                    "what": "Create an employer account through Gosuslugi and publish your vacancies.",
                    "where": "trudvsem.ru",
                    "duration": "30 minutes",
                    "cost": "Free",
                },
                {
                    "title": "Talk to your adviser",
                    "what": "Tell the centre what staff you need and whether you could take on someone from a supported group.",
                    "where": "Employment Centre of the Kaliningrad region",
                    "duration": "1 hour",
                    "cost": "Free",
                },
                {
                    "title": "Apply for a subsidy",
                    "what": "If you hire someone referred by the centre, apply for partial reimbursement of the salary.",
                    "where": "«Work in Russia» portal, the Social Fund (depending on the programme)",
                    "duration": "10 working days",
                    "cost": "Free",
                },
                {
                    "title": "Take part in a job fair",
                    "what": "Sign up for the next job fair and prepare descriptions of your vacancies.",
                    "where": "Employment Centre, job fair venues",
                    "duration": "1 day",
                    "cost": "Free",
                },
            ],
            "documents": [
                "Details of the staff you need (vacancies)",
                "Extract from the register of legal entities or sole proprietors",
                "Employment contract with the new employee (for a subsidy)",
            ],
            "legal_basis": [
                {
                    "title": "Federal Law No. 565-FZ of 12.12.2023 “On Employment in the Russian Federation”",
                    "url": "https://rg.ru/documents/2023/12/18/document-o-zanyatosti-naseleniya.html",
                },
            ],
        },
    },
    {
        "slug": "regional-support-programmes",
        "topics": ["money-support"],
        "audiences": ["sole_proprietor", "company", "self_employed", "planning"],
        "visibility": "public",
        "partners": ["support-fund", "my-business"],
        "related": [
            "microloans",
            "youth-entrepreneur-grant",
            "social-entrepreneur-grant",
            "my-business-consultations",
        ],
        "review_interval_days": 180,
        "last_reviewed": "2026-02-02",
        "ru": {
            "title": "Региональные программы поддержки малого и среднего бизнеса",
            "summary": "Обзор мер поддержки предпринимателей в Калининградской области: поручительства и микрозаймы Фонда поддержки предпринимательства, гранты, льготная аренда, компенсация затрат на выставки и сертификацию.",
            "body": """Поддержку малого и среднего бизнеса в регионе оказывают несколько организаций. Главные из них — **Фонд поддержки предпринимательства Калининградской области** и **центр «Мой бизнес»**, где большинство услуг можно получить в одном окне.

Основные виды поддержки:

- **финансовая**: микрозаймы по льготной ставке, поручительства по банковским кредитам, если не хватает залога, льготные кредиты по федеральным программам;
- **гранты**: для молодых предпринимателей до 25 лет и для социальных предприятий;
- **имущественная**: льготная аренда муниципальных и региональных помещений, бизнес-инкубаторы;
- **консультационная и образовательная**: бесплатные консультации юриста, бухгалтера, маркетолога, обучающие программы;
- **экспортная**: компенсация участия в выставках, помощь в сертификации и поиске иностранных партнёров.

Чтобы получить поддержку, бизнес должен быть в **реестре субъектов МСП** (он формируется налоговой автоматически) или быть зарегистрирован как самозанятый. Условия программ обновляются каждый год — **уточните актуальные условия** в центре «Мой бизнес».""",
            "duration": "Зависит от программы: от одного дня (консультация) до месяца (заём, грант)",
            "fees": "Консультации бесплатны; условия финансовой поддержки — по программе",
            "steps": [
                {
                    "title": "Проверьте себя в реестре МСП",
                    "what": "Найдите свою компанию или ИП в Едином реестре субъектов малого и среднего предпринимательства.",
                    "where": "Сайт ФНС, раздел «Единый реестр субъектов МСП»",
                    "duration": "5 минут",
                    "cost": "Бесплатно",
                },
                {
                    "title": "Получите консультацию",
                    "what": "Расскажите о своём проекте, и консультант подберёт подходящие меры поддержки.",
                    "where": "Центр «Мой бизнес», инфопункт",
                    "duration": "1 час",
                    "cost": "Бесплатно",
                },
                {
                    "title": "Подайте заявку",
                    "what": "Подготовьте пакет документов для выбранной программы и подайте заявку.",
                    "where": "Фонд поддержки предпринимательства, платформа МСП.РФ",
                    "duration": "1–2 недели",
                    "cost": "Бесплатно",
                },
            ],
            "documents": [
                "Паспорт",
                "Выписка из ЕГРЮЛ/ЕГРИП",
                "Описание проекта или бизнес-план",
                "Справка об отсутствии задолженности по налогам (по требованию программы)",
            ],
            "legal_basis": [
                {
                    "title": "Федеральный закон от 24.07.2007 № 209-ФЗ «О развитии малого и среднего предпринимательства в Российской Федерации»",
                    "url": "https://www.consultant.ru/document/cons_doc_LAW_52144/",
                },
            ],
        },
        "en": {
            "title": "Regional support programmes for small and medium businesses",
            "summary": "An overview of support for entrepreneurs in the Kaliningrad region: guarantees and micro-loans from the Entrepreneurship Support Fund, grants, reduced rents, reimbursement of trade fair and certification costs.",
            "body": """Several organisations support small and medium businesses in the region. The main ones are the **Entrepreneurship Support Fund of the Kaliningrad region** and the **«My Business» centre**, where most services are available in one place.

The main kinds of support:

- **financial**: micro-loans at a reduced rate, guarantees for bank loans when you lack collateral, subsidised loans under federal programmes;
- **grants**: for young entrepreneurs under 25 and for social enterprises;
- **property**: reduced rent for municipal and regional premises, business incubators;
- **advice and training**: free consultations with a lawyer, accountant or marketer, training programmes;
- **export**: reimbursement of trade fair costs, help with certification and finding foreign partners.

To get support, the business must be in the **SME register** (the tax service compiles it automatically) or registered as self-employed. Programme terms are updated every year — **check the current terms** at the «My Business» centre.""",
            "duration": "Depends on the programme: from one day (a consultation) to a month (a loan, a grant)",
            "fees": "Consultations are free; financial support follows the programme's terms",
            "steps": [
                {
                    "title": "Check that you are in the SME register",
                    "what": "Find your company or sole proprietorship in the Unified Register of Small and Medium-Sized Businesses.",
                    "where": "Tax service website, “Unified SME register” section",
                    "duration": "5 minutes",
                    "cost": "Free",
                },
                {
                    "title": "Get advice",
                    "what": "Tell a consultant about your project and they will pick suitable support measures.",
                    "where": "«My Business» centre, the information point",
                    "duration": "1 hour",
                    "cost": "Free",
                },
                {
                    "title": "Apply",
                    "what": "Prepare the documents for the chosen programme and submit your application.",
                    "where": "Entrepreneurship Support Fund, the MSP.RF platform",
                    "duration": "1–2 weeks",
                    "cost": "Free",
                },
            ],
            "documents": [
                "Passport",
                "Extract from the register of legal entities or sole proprietors",
                "Project description or business plan",
                "Certificate of no tax debts (if the programme requires it)",
            ],
            "legal_basis": [
                {
                    "title": "Federal Law No. 209-FZ of 24.07.2007 “On the Development of Small and Medium-Sized Enterprises in the Russian Federation”",
                    "url": "https://www.consultant.ru/document/cons_doc_LAW_52144/",
                },
            ],
        },
    },
    {
        "slug": "microloans",
        "topics": ["money-support"],
        "audiences": ["sole_proprietor", "company", "self_employed", "planning"],
        "visibility": "public",
        "partners": ["support-fund"],
        "related": ["regional-support-programmes", "bank-account", "youth-entrepreneur-grant"],
        "review_interval_days": 180,
        "last_reviewed": "2026-10-20",
        "ru": {
            "title": "Микрозаймы для бизнеса от регионального фонда",
            "summary": "Микрозаймы — льготные займы для бизнеса от государственной микрофинансовой организации Фонда поддержки предпринимательства Калининградской области: до 5 млн руб. по ставке ниже банковской для ИП, ООО и самозанятых, в том числе начинающих.",
            "body": """Если банк отказывает в кредите или сумма нужна небольшая, обратитесь в **государственную микрофинансовую организацию** при Фонде поддержки предпринимательства Калининградской области. Она выдаёт микрозаймы субъектам МСП и самозанятым на развитие бизнеса.

Типичные условия (**уточните актуальные условия** в фонде — они меняются вместе с ключевой ставкой):

- сумма — до 5 млн руб.;
- срок — до 3 лет;
- ставка — ниже рыночной; для начинающих предпринимателей, социальных предприятий, самозанятых и отдельных отраслей действуют льготные программы;
- обеспечение — поручительство, залог имущества; при нехватке залога возможно поручительство фонда.

Деньги можно потратить на оборудование, сырьё, ремонт помещения, пополнение оборотных средств. Нельзя — на погашение других кредитов и личные нужды.

Начинающим предпринимателям полезно прийти на консультацию до подачи заявки: специалист подскажет, как подготовить бизнес-план и какие программы подходят.""",
            "duration": "Рассмотрение заявки — около 10 рабочих дней",
            "fees": "Процентная ставка по договору; за рассмотрение заявки плата не взимается",
            "steps": [
                {
                    "title": "Выберите программу микрозайма",
                    "what": "Изучите программы фонда и выберите подходящую по сумме, сроку и целевой группе.",
                    "where": "Сайт Фонда поддержки предпринимательства, центр «Мой бизнес»",
                    "duration": "1 день",
                    "cost": "Бесплатно",
                },
                {
                    "title": "Подготовьте документы",
                    "what": "Соберите анкету, финансовые документы, описание проекта и документы по обеспечению.",
                    "where": "Самостоятельно, с консультантом",
                    "duration": "3–5 дней",
                    "cost": "Бесплатно",
                },
                {
                    "title": "Подайте заявку",
                    "what": "Подайте заявку в фонд лично или через платформу МСП.РФ.",
                    "where": "Фонд поддержки предпринимательства Калининградской области",
                    "duration": "1 день",
                    "cost": "Бесплатно",
                },
                {
                    "title": "Подпишите договор и получите деньги",
                    "what": "После одобрения подпишите договор займа и договоры обеспечения; деньги поступят на расчётный счёт.",
                    "where": "Фонд поддержки предпринимательства",
                    "duration": "2–5 рабочих дней",
                    "cost": "Проценты по договору",
                },
            ],
            "documents": [
                "Заявление-анкета",
                "Паспорт ИП или руководителя",
                "Налоговая отчётность за последний период (если есть)",
                "Бизнес-план или описание целей займа",
                "Документы по залогу или поручительству",
            ],
            "legal_basis": [
                {
                    "title": "Федеральный закон от 24.07.2007 № 209-ФЗ «О развитии малого и среднего предпринимательства в Российской Федерации»",
                    "url": "https://www.consultant.ru/document/cons_doc_LAW_52144/",
                },
                {
                    "title": "Федеральный закон от 02.07.2010 № 151-ФЗ «О микрофинансовой деятельности и микрофинансовых организациях»",
                    "url": "https://www.consultant.ru/document/cons_doc_LAW_102112/",
                },
            ],
        },
        "en": {
            "title": "Micro-loans for businesses from the regional fund",
            "summary": "Micro-loans are low-interest business loans from the state microfinance organisation of the Entrepreneurship Support Fund of the Kaliningrad region: up to 5 million roubles at a rate below bank rates for sole proprietors, LLCs and the self-employed, including start-ups.",
            "body": """If the bank turns you down or you need only a small sum, go to the **state microfinance organisation** of the Entrepreneurship Support Fund of the Kaliningrad region. It lends to small businesses and self-employed people to develop their business.

Typical terms (**check the current terms** with the fund — they move with the key rate):

- amount — up to 5 million roubles;
- term — up to 3 years;
- rate — below the market; there are reduced-rate programmes for start-ups, social enterprises, the self-employed and certain sectors;
- security — a personal guarantee or a pledge of property; if your collateral is short, the fund may provide a guarantee.

The money can go on equipment, raw materials, renovating premises or working capital — not on repaying other loans or personal needs.

New entrepreneurs should come for advice before they apply: a consultant will help with the business plan and point out suitable programmes.""",
            "duration": "About 10 working days to review an application",
            "fees": "Interest as set in the loan agreement; no fee for reviewing the application",
            "steps": [
                {
                    "title": "Choose a micro-loan programme",
                    "what": "Study the fund's programmes and pick one that fits the amount, the term and your target group.",
                    "where": "Entrepreneurship Support Fund website, «My Business» centre",
                    "duration": "1 day",
                    "cost": "Free",
                },
                {
                    "title": "Prepare the documents",
                    "what": "Collect the application form, financial documents, a project description and the security documents.",
                    "where": "On your own or with a consultant",
                    "duration": "3–5 days",
                    "cost": "Free",
                },
                {
                    "title": "Apply",
                    "what": "Submit the application to the fund in person or through the MSP.RF platform.",
                    "where": "Entrepreneurship Support Fund of the Kaliningrad region",
                    "duration": "1 day",
                    "cost": "Free",
                },
                {
                    "title": "Sign the agreement and receive the money",
                    "what": "Once approved, sign the loan agreement and the security agreements; the money goes to your business account.",
                    "where": "Entrepreneurship Support Fund",
                    "duration": "2–5 working days",
                    "cost": "Interest under the agreement",
                },
            ],
            "documents": [
                "Application form",
                "Passport of the sole proprietor or the director",
                "Tax returns for the last period (if any)",
                "Business plan or description of what the loan is for",
                "Pledge or guarantee documents",
            ],
            "legal_basis": [
                {
                    "title": "Federal Law No. 209-FZ of 24.07.2007 “On the Development of Small and Medium-Sized Enterprises in the Russian Federation”",
                    "url": "https://www.consultant.ru/document/cons_doc_LAW_52144/",
                },
                {
                    "title": "Federal Law No. 151-FZ of 02.07.2010 “On Microfinance Activities and Microfinance Organisations”",
                    "url": "https://www.consultant.ru/document/cons_doc_LAW_102112/",
                },
            ],
        },
    },
    {
        "slug": "youth-entrepreneur-grant",
        "topics": ["money-support"],
        "audiences": ["sole_proprietor", "company", "planning"],
        "visibility": "public",
        "partners": ["my-business", "support-fund"],
        "related": [
            "regional-support-programmes",
            "social-entrepreneur-grant",
            "my-business-consultations",
        ],
        "review_interval_days": 180,
        "last_reviewed": "2026-06-18",
        "ru": {
            "title": "Грант для молодых предпринимателей до 25 лет",
            "summary": "Молодые предприниматели в возрасте до 25 лет включительно могут получить грант от 100 000 до 500 000 руб. на развитие бизнеса при условии обучения и софинансирования не менее 25% расходов.",
            "body": """Грант для молодых предпринимателей — безвозвратные деньги на развитие своего дела. Его предоставляет центр «Мой бизнес», если программа действует в текущем году.

Кто может получить:

- ИП или ООО, где руководитель или более половины долей принадлежат человеку **в возрасте до 25 лет включительно**;
- бизнес зарегистрирован в Калининградской области и включён в реестр МСП;
- заявитель прошёл **обучающую программу** центра «Мой бизнес» или АО «Корпорация МСП».

Размер гранта — **от 100 000 до 500 000 руб.** Заявитель софинансирует не менее **25%** расходов проекта из собственных средств. Гранты распределяются на конкурсе: комиссия оценивает проект, его реалистичность и пользу для региона.

Деньги можно потратить на аренду, оборудование, ремонт, сырьё, рекламу, программное обеспечение — по смете проекта. Сроки отбора и размер гранта устанавливаются ежегодно — **уточните актуальные условия**.""",
            "duration": "Приём заявок и конкурс — 1–2 месяца",
            "fees": "Бесплатно; софинансирование проекта не менее 25%",
            "steps": [
                {
                    "title": "Пройдите обучение",
                    "what": "Пройдите обучающую программу для молодых предпринимателей и получите сертификат.",
                    "where": "Центр «Мой бизнес», платформа МСП.РФ",
                    "duration": "1–2 недели",
                    "cost": "Бесплатно",
                },
                {
                    "title": "Подготовьте проект и смету",
                    "what": "Опишите бизнес-идею, план расходов и ожидаемые результаты (выручка, рабочие места).",
                    "where": "Самостоятельно, с консультантом центра «Мой бизнес»",
                    "duration": "1–2 недели",
                    "cost": "Бесплатно",
                },
                {
                    "title": "Подайте заявку на конкурс",
                    "what": "Подайте заявку с документами в срок приёма заявок.",
                    "where": "Центр «Мой бизнес»",
                    "duration": "1 день",
                    "cost": "Бесплатно",
                },
                {
                    "title": "Защитите проект и отчитайтесь",
                    "what": "Представьте проект комиссии; после получения гранта потратьте деньги по смете и сдайте отчёт.",
                    "where": "Центр «Мой бизнес»",
                    "duration": "До 12 месяцев",
                    "cost": "Софинансирование 25%",
                },
            ],
            "documents": [
                "Заявка на участие в конкурсе",
                "Паспорт",
                "Сертификат о прохождении обучения",
                "Проект и смета расходов",
                "Справка об отсутствии задолженности по налогам",
            ],
            "legal_basis": [
                {
                    "title": "Федеральный закон от 24.07.2007 № 209-ФЗ «О развитии малого и среднего предпринимательства в Российской Федерации», статья 17",
                    "url": "https://www.consultant.ru/document/cons_doc_LAW_52144/",
                },
            ],
        },
        "en": {
            "title": "Grant for young entrepreneurs under 25",
            "summary": "Young entrepreneurs aged 25 or under can get a grant of 100,000 to 500,000 roubles to develop their business, provided they complete training and fund at least 25% of the costs themselves.",
            "body": """The grant for young entrepreneurs is money you do not pay back, to grow your own business. It is awarded by the «My Business» centre when the programme runs in the current year.

Who can apply:

- a sole proprietor or an LLC whose head or majority owner is **25 years old or younger**;
- the business is registered in the Kaliningrad region and is on the SME register;
- the applicant has completed a **training programme** of the «My Business» centre or the SME Corporation.

The grant is **100,000 to 500,000 roubles**. You fund at least **25%** of the project costs yourself. Grants are awarded in a competition: a panel assesses the project, how realistic it is and what it does for the region.

The money may be spent on rent, equipment, renovation, raw materials, advertising or software — according to the project budget. Selection dates and amounts are set every year — **check the current terms**.""",
            "duration": "Applications and the competition take 1–2 months",
            "fees": "Free; at least 25% co-funding",
            "steps": [
                {
                    "title": "Complete the training",
                    "what": "Take the training programme for young entrepreneurs and get the certificate.",
                    "where": "«My Business» centre, the MSP.RF platform",
                    "duration": "1–2 weeks",
                    "cost": "Free",
                },
                {
                    "title": "Prepare the project and budget",
                    "what": "Describe the business idea, the spending plan and the expected results (revenue, jobs).",
                    "where": "On your own or with a «My Business» consultant",
                    "duration": "1–2 weeks",
                    "cost": "Free",
                },
                {
                    "title": "Enter the competition",
                    "what": "Submit the application with the documents within the application period.",
                    "where": "«My Business» centre",
                    "duration": "1 day",
                    "cost": "Free",
                },
                {
                    "title": "Present the project and report",
                    "what": "Present your project to the panel; after receiving the grant, spend it according to the budget and submit a report.",
                    "where": "«My Business» centre",
                    "duration": "Up to 12 months",
                    "cost": "25% co-funding",
                },
            ],
            "documents": [
                "Competition application",
                "Passport",
                "Training certificate",
                "Project and budget",
                "Certificate of no tax debts",
            ],
            "legal_basis": [
                {
                    "title": "Federal Law No. 209-FZ of 24.07.2007 “On the Development of Small and Medium-Sized Enterprises in the Russian Federation”, Article 17",
                    "url": "https://www.consultant.ru/document/cons_doc_LAW_52144/",
                },
            ],
        },
    },
    {
        "slug": "social-entrepreneur-grant",
        "topics": ["money-support"],
        "audiences": ["sole_proprietor", "company"],
        "visibility": "public",
        "partners": ["my-business", "economy-committee"],
        "related": ["youth-entrepreneur-grant", "regional-support-programmes", "microloans"],
        "review_interval_days": 180,
        "last_reviewed": "2026-07-15",
        "ru": {
            "title": "Статус социального предприятия и грант социальным предпринимателям",
            "summary": "Как получить статус социального предприятия (например, если вы нанимаете людей с инвалидностью или работаете для пожилых и детей) и грант для социальных предпринимателей от 100 000 до 500 000 руб.",
            "body": """**Социальное предприятие** — субъект МСП, который решает социальные задачи. Статус присваивается, если бизнес соответствует одной из категорий закона о развитии МСП, например:

- среди работников не менее 50% (и не менее 25% фонда оплаты труда) составляют люди из социально уязвимых категорий: люди с инвалидностью, пенсионеры, выпускники детских домов, многодетные родители и др.;
- бизнес продаёт товары, произведённые такими людьми;
- бизнес оказывает социальные услуги: уход за пожилыми, образование детей, реабилитация, культурные и спортивные занятия для уязвимых групп.

Статус присваивает уполномоченный орган Калининградской области по заявлению, которое подаётся **до 1 мая**; статус присваивается на ограниченный срок, и его нужно подтверждать ежегодно. Статус даёт доступ к льготным микрозаймам и **гранту для социальных предпринимателей** — от 100 000 до 500 000 руб. при софинансировании не менее 25% и после обучения.

Условия и сроки ежегодно уточняются — **уточните актуальные условия** в центре «Мой бизнес».""",
            "duration": "Статус — около 30 дней; конкурс на грант — 1–2 месяца",
            "fees": "Бесплатно",
            "steps": [
                {
                    "title": "Проверьте, подходите ли вы под категорию",
                    "what": "Сверьте состав работников или виды деятельности с категориями статьи 24.1 закона о развитии МСП.",
                    "where": "Центр «Мой бизнес», инфопункт",
                    "duration": "1 час",
                    "cost": "Бесплатно",
                },
                {
                    "title": "Подайте заявление на статус",
                    "what": "Подайте заявление о признании социальным предприятием с подтверждающими документами до 1 мая.",
                    "where": "Центр «Мой бизнес» (передаёт в уполномоченный орган)",
                    "duration": "1 день",
                    "cost": "Бесплатно",
                },
                {
                    "title": "Пройдите обучение по социальному предпринимательству",
                    "what": "Пройдите программу «Школа социального предпринимательства» или аналогичную — это условие гранта.",
                    "where": "Центр «Мой бизнес»",
                    "duration": "1–2 недели",
                    "cost": "Бесплатно",
                },
                {
                    "title": "Подайте заявку на грант",
                    "what": "Подготовьте проект и смету, подайте заявку на конкурс и защитите проект.",
                    "where": "Центр «Мой бизнес»",
                    "duration": "1–2 месяца",
                    "cost": "Софинансирование не менее 25%",
                },
            ],
            "documents": [
                "Заявление о признании социальным предприятием",
                "Сведения о работниках из уязвимых категорий (справки, штатное расписание)",
                "Отчёт о социальном воздействии (для действующего бизнеса)",
                "Проект и смета (для гранта)",
            ],
            "legal_basis": [
                {
                    "title": "Федеральный закон от 24.07.2007 № 209-ФЗ «О развитии малого и среднего предпринимательства в Российской Федерации», статья 24.1",
                    "url": "https://www.consultant.ru/document/cons_doc_LAW_52144/",
                },
            ],
        },
        "en": {
            "title": "Social enterprise status and grants for social entrepreneurs",
            "summary": "How to get social enterprise status (for example, if you employ people with disabilities or serve older people and children) and a grant for social entrepreneurs of 100,000 to 500,000 roubles.",
            "body": """A **social enterprise** is a small or medium business that tackles social problems. The status is granted if the business fits one of the categories in the SME development law, for example:

- at least 50% of the staff (and at least 25% of the payroll) are people from vulnerable groups: people with disabilities, pensioners, care leavers, parents of large families and others;
- the business sells goods made by such people;
- the business provides social services: care for older people, children's education, rehabilitation, cultural and sports activities for vulnerable groups.

The status is granted by the authorised body of the Kaliningrad region on an application filed **by 1 May**; it is granted for a limited period and must be confirmed every year. It opens the door to reduced-rate micro-loans and the **grant for social entrepreneurs** — 100,000 to 500,000 roubles, with at least 25% co-funding and after training.

Terms and dates are revised every year — **check the current terms** at the «My Business» centre.""",
            "duration": "Status in about 30 days; the grant competition takes 1–2 months",
            "fees": "Free",
            "steps": [
                {
                    "title": "Check whether you fit a category",
                    "what": "Compare your staff or activities with the categories in Article 24.1 of the SME development law.",
                    "where": "«My Business» centre, the information point",
                    "duration": "1 hour",
                    "cost": "Free",
                },
                {
                    "title": "Apply for the status",
                    "what": "File the application to be recognised as a social enterprise with supporting documents by 1 May.",
                    "where": "«My Business» centre (forwards it to the authorised body)",
                    "duration": "1 day",
                    "cost": "Free",
                },
                {
                    "title": "Complete social entrepreneurship training",
                    "what": "Take the «School of Social Entrepreneurship» or a similar programme — it is a condition of the grant.",
                    "where": "«My Business» centre",
                    "duration": "1–2 weeks",
                    "cost": "Free",
                },
                {
                    "title": "Apply for the grant",
                    "what": "Prepare the project and budget, enter the competition and present your project.",
                    "where": "«My Business» centre",
                    "duration": "1–2 months",
                    "cost": "At least 25% co-funding",
                },
            ],
            "documents": [
                "Application for social enterprise status",
                "Details of employees from vulnerable groups (certificates, staff list)",
                "Social impact report (for an existing business)",
                "Project and budget (for the grant)",
            ],
            "legal_basis": [
                {
                    "title": "Federal Law No. 209-FZ of 24.07.2007 “On the Development of Small and Medium-Sized Enterprises in the Russian Federation”, Article 24.1",
                    "url": "https://www.consultant.ru/document/cons_doc_LAW_52144/",
                },
            ],
        },
    },
    {
        "slug": "my-business-consultations",
        "topics": ["money-support"],
        "audiences": ["planning", "sole_proprietor", "company", "self_employed"],
        "visibility": "public",
        "partners": ["my-business"],
        "related": ["regional-support-programmes", "youth-entrepreneur-grant", "ip-registration"],
        "review_interval_days": 365,
        "last_reviewed": "2026-09-01",
        "ru": {
            "title": "Бесплатные консультации и обучение в центре «Мой бизнес»",
            "summary": "Центр «Мой бизнес» бесплатно консультирует предпринимателей и тех, кто только планирует открыть дело: юрист, бухгалтер, маркетолог, обучающие курсы и тренинги, помощь с регистрацией.",
            "body": """Центр «Мой бизнес» в Калининграде — единая площадка, где собраны услуги для предпринимателей. Большинство услуг бесплатны для субъектов МСП, самозанятых и **физических лиц, которые только планируют начать бизнес**.

Что можно получить:

- **консультации** юриста, бухгалтера, маркетолога, специалиста по госзакупкам и подбору персонала;
- **помощь с регистрацией** ИП или ООО и выбором налогового режима;
- **обучение**: курсы для начинающих («Азбука предпринимателя», «Школа предпринимательства»), тренинги по продажам, маркетингу, финансам;
- **продвижение**: помощь с выходом на маркетплейсы, участие в ярмарках;
- **информацию о мерах поддержки**: гранты, микрозаймы, поручительства.

Записаться можно по телефону, на сайте центра или на платформе МСП.РФ. Расписание курсов меняется — **уточните актуальные условия** на сайте центра.""",
            "duration": "Консультация — 30–60 минут; курсы — от 1 дня до нескольких недель",
            "fees": "Бесплатно для субъектов МСП, самозанятых и тех, кто планирует открыть бизнес",
            "steps": [
                {
                    "title": "Выберите услугу",
                    "what": "Определите, что вам нужно: консультация, обучение, помощь с регистрацией или подбор мер поддержки.",
                    "where": "Сайт центра «Мой бизнес», платформа МСП.РФ",
                    "duration": "15 минут",
                    "cost": "Бесплатно",
                },
                {
                    "title": "Запишитесь",
                    "what": "Запишитесь на консультацию или курс по телефону или онлайн.",
                    "where": "Центр «Мой бизнес»",
                    "duration": "5 минут",
                    "cost": "Бесплатно",
                },
                {
                    "title": "Придите на консультацию",
                    "what": "Возьмите с собой паспорт и, если есть, документы по бизнесу и вопросы списком.",
                    "where": "Центр «Мой бизнес» или онлайн",
                    "duration": "30–60 минут",
                    "cost": "Бесплатно",
                },
            ],
            "documents": [
                "Паспорт",
                "ИНН ИП или организации (если бизнес уже зарегистрирован)",
            ],
            "legal_basis": [
                {
                    "title": "Федеральный закон от 24.07.2007 № 209-ФЗ «О развитии малого и среднего предпринимательства в Российской Федерации», статья 15.2",
                    "url": "https://www.consultant.ru/document/cons_doc_LAW_52144/",
                },
            ],
        },
        "en": {
            "title": "Free consultations and training at the «My Business» centre",
            "summary": "The «My Business» centre gives free advice to entrepreneurs and to people who are only planning to start: a lawyer, an accountant, a marketer, training courses and workshops, help with registration.",
            "body": """The «My Business» centre in Kaliningrad brings services for entrepreneurs together in one place. Most services are free for small businesses, self-employed people and **individuals who are only planning to start a business**.

What you can get:

- **consultations** with a lawyer, an accountant, a marketer, a public procurement or recruitment specialist;
- **help with registering** a sole proprietorship or an LLC and choosing a tax regime;
- **training**: courses for beginners («ABC of the Entrepreneur», «School of Entrepreneurship»), workshops on sales, marketing and finance;
- **promotion**: help with selling on marketplaces, taking part in fairs;
- **information on support**: grants, micro-loans, guarantees.

You can book by phone, on the centre's website or on the MSP.RF platform. The course schedule changes — **check the current terms** on the centre's website.""",
            "duration": "A consultation takes 30–60 minutes; courses from 1 day to several weeks",
            "fees": "Free for small businesses, the self-employed and people planning a business",
            "steps": [
                {
                    "title": "Choose a service",
                    "what": "Decide what you need: advice, training, help with registration or finding support measures.",
                    "where": "«My Business» centre website, the MSP.RF platform",
                    "duration": "15 minutes",
                    "cost": "Free",
                },
                {
                    "title": "Book",
                    "what": "Book a consultation or a course by phone or online.",
                    "where": "«My Business» centre",
                    "duration": "5 minutes",
                    "cost": "Free",
                },
                {
                    "title": "Come to the consultation",
                    "what": "Bring your passport and, if you have them, your business documents and a list of questions.",
                    "where": "«My Business» centre or online",
                    "duration": "30–60 minutes",
                    "cost": "Free",
                },
            ],
            "documents": [
                "Passport",
                "Taxpayer number of the business (if already registered)",
            ],
            "legal_basis": [
                {
                    "title": "Federal Law No. 209-FZ of 24.07.2007 “On the Development of Small and Medium-Sized Enterprises in the Russian Federation”, Article 15.2",
                    "url": "https://www.consultant.ru/document/cons_doc_LAW_52144/",
                },
            ],
        },
    },
    {
        "slug": "sez-resident-status",
        "topics": ["sez-export"],
        "audiences": ["company", "planning"],
        "visibility": "public",
        "partners": ["sez-administration", "fns-kaliningrad"],
        "related": ["certificate-of-origin", "llc-registration", "regional-support-programmes"],
        "review_interval_days": 365,
        "last_reviewed": "2026-06-24",
        "ru": {
            "title": "Как стать резидентом Особой экономической зоны в Калининградской области",
            "summary": "Статус резидента ОЭЗ даёт компании налоговые льготы по налогу на прибыль и налогу на имущество при инвестициях от 150 млн руб. в течение трёх лет. Заявление подаётся в Администрацию Особой экономической зоны.",
            "body": """Особая экономическая зона (ОЭЗ) охватывает всю Калининградскую область. Её резиденты получают налоговые льготы и могут ввозить оборудование и сырьё по таможенной процедуре свободной таможенной зоны.

**Кто может стать резидентом:**

- коммерческая организация, зарегистрированная в Калининградской области (ИП резидентом стать не может);
- инвестиционный проект на территории области с объёмом капитальных вложений **не менее 150 млн руб. в течение трёх лет** (для отдельных видов деятельности закон устанавливает более низкий порог — уточните);
- вид деятельности не входит в перечень исключённых (например, торговля, финансовые услуги, добыча нефти и газа).

**Льготы** (ориентировочно, **уточните актуальные условия**):

- налог на прибыль — 0% в первые шесть лет и пониженная ставка в следующие шесть;
- налог на имущество — 0% в первые шесть лет и пониженная ставка в следующие шесть;
- пониженные тарифы страховых взносов для новых рабочих мест в отдельных случаях.

Резидент ежегодно отчитывается о выполнении инвестиционной декларации. При невыполнении условий статус и льготы могут быть утрачены, а налоги — доначислены.""",
            "duration": "Рассмотрение заявления — до 30 рабочих дней",
            "fees": "Государственная пошлина не взимается; расходы на подготовку бизнес-плана",
            "steps": [
                {
                    "title": "Проверьте соответствие требованиям",
                    "what": "Сверьте вид деятельности, объём и сроки инвестиций с требованиями закона об ОЭЗ.",
                    "where": "Администрация Особой экономической зоны в Калининградской области",
                    "duration": "1 неделя",
                    "cost": "Бесплатно",
                },
                {
                    "title": "Подготовьте инвестиционную декларацию и бизнес-план",
                    "what": "Опишите проект: объём и график капитальных вложений, создаваемые рабочие места, сроки.",
                    "where": "Самостоятельно или с консультантом",
                    "duration": "2–4 недели",
                    "cost": "По договору с консультантом",
                },
                {
                    "title": "Подайте заявление о включении в реестр резидентов",
                    "what": "Подайте заявление с инвестиционной декларацией, бизнес-планом и учредительными документами.",
                    "where": "Администрация Особой экономической зоны",
                    "duration": "1 день",
                    "cost": "Бесплатно",
                },
                {
                    "title": "Получите свидетельство резидента",
                    "what": "После рассмотрения компанию включают в единый реестр резидентов и выдают свидетельство.",
                    "where": "Администрация Особой экономической зоны",
                    "duration": "До 30 рабочих дней",
                    "cost": "Бесплатно",
                },
                {
                    "title": "Отчитывайтесь о ходе проекта",
                    "what": "Ежегодно представляйте отчёт о выполнении инвестиционной декларации.",
                    "where": "Администрация Особой экономической зоны",
                    "duration": "Ежегодно",
                    "cost": "Бесплатно",
                },
            ],
            "documents": [
                "Заявление о включении в единый реестр резидентов ОЭЗ",
                "Инвестиционная декларация",
                "Бизнес-план инвестиционного проекта",
                "Учредительные документы и выписка из ЕГРЮЛ",
                "Документы о правах на земельный участок или помещение (если есть)",
            ],
            "legal_basis": [
                {
                    "title": "Федеральный закон от 10.01.2006 № 16-ФЗ «Об Особой экономической зоне в Калининградской области и о внесении изменений в некоторые законодательные акты Российской Федерации»",
                    "url": "https://normativ.kontur.ru/document?moduleId=1&documentId=192421",
                },
                {
                    "title": "Налоговый кодекс РФ, часть вторая, статья 288.1 (особенности для резидентов ОЭЗ в Калининградской области)",
                    "url": "https://www.consultant.ru/document/cons_doc_LAW_28165/",
                },
            ],
        },
        "en": {
            "title": "Becoming a resident of the Special Economic Zone in the Kaliningrad region",
            "summary": "Resident status in the Special Economic Zone (SEZ) gives a company profit tax and property tax benefits in return for investing at least 150 million roubles within three years. You apply to the SEZ Administration.",
            "body": """The Special Economic Zone (SEZ) covers the whole Kaliningrad region. Its residents get tax benefits and may import equipment and raw materials under the free customs zone procedure.

**Who can become a resident:**

- a commercial company registered in the Kaliningrad region (a sole proprietor cannot become a resident);
- an investment project in the region with capital investment of **at least 150 million roubles within three years** (for some activities the law sets a lower threshold — check);
- the activity is not on the excluded list (for example trade, financial services, oil and gas extraction).

**Benefits** (indicative, **check the current terms**):

- profit tax — 0% for the first six years and a reduced rate for the next six;
- property tax — 0% for the first six years and a reduced rate for the next six;
- in some cases, reduced insurance contribution rates for new jobs.

Each year a resident reports on how it is meeting its investment declaration. If it fails to meet the conditions it can lose the status and the benefits and have to pay the taxes back.""",
            "duration": "Up to 30 working days to review the application",
            "fees": "No state fee; the cost of preparing a business plan",
            "steps": [
                {
                    "title": "Check that you meet the requirements",
                    "what": "Compare your activity, the amount and timing of your investment with the requirements of the SEZ law.",
                    "where": "Administration of the Special Economic Zone in the Kaliningrad region",
                    "duration": "1 week",
                    "cost": "Free",
                },
                {
                    "title": "Prepare the investment declaration and business plan",
                    "what": "Describe the project: the amount and schedule of capital investment, the jobs created, the timeline.",
                    "where": "On your own or with a consultant",
                    "duration": "2–4 weeks",
                    "cost": "Consultant's fee",
                },
                {
                    "title": "Apply to join the register of residents",
                    "what": "Submit the application with the investment declaration, the business plan and the company's founding documents.",
                    "where": "SEZ Administration",
                    "duration": "1 day",
                    "cost": "Free",
                },
                {
                    "title": "Receive the resident certificate",
                    "what": "After the review the company is entered in the unified register of residents and receives a certificate.",
                    "where": "SEZ Administration",
                    "duration": "Up to 30 working days",
                    "cost": "Free",
                },
                {
                    "title": "Report on the project",
                    "what": "Submit an annual report on how the investment declaration is being met.",
                    "where": "SEZ Administration",
                    "duration": "Annually",
                    "cost": "Free",
                },
            ],
            "documents": [
                "Application to join the unified register of SEZ residents",
                "Investment declaration",
                "Business plan of the investment project",
                "Founding documents and an extract from the register of legal entities",
                "Title documents for land or premises (if any)",
            ],
            "legal_basis": [
                {
                    "title": "Federal Law No. 16-FZ of 10.01.2006 “On the Special Economic Zone in the Kaliningrad Region and on Amending Certain Legislative Acts of the Russian Federation”",
                    "url": "https://normativ.kontur.ru/document?moduleId=1&documentId=192421",
                },
                {
                    "title": "Tax Code of the Russian Federation, Part Two, Article 288.1 (rules for residents of the Kaliningrad SEZ)",
                    "url": "https://www.consultant.ru/document/cons_doc_LAW_28165/",
                },
            ],
        },
    },
    {
        "slug": "certificate-of-origin",
        "topics": ["sez-export"],
        "audiences": ["company", "sole_proprietor"],
        "visibility": "public",
        "partners": ["tpp-kaliningrad"],
        "related": [
            "sez-resident-status",
            "baltic-expo-exhibitions",
            "regional-support-programmes",
        ],
        "review_interval_days": 365,
        "last_reviewed": "2026-05-05",
        "ru": {
            "title": "Сертификат происхождения товара (СТ-1 и другие формы) в Торгово-промышленной палате",
            "summary": "Для экспорта товаров в страны СНГ и ряд других стран нужен сертификат о происхождении товара. Торгово-промышленная палата Калининградской области выдаёт сертификаты формы СТ-1, общей формы и проводит экспертизу происхождения.",
            "body": """Сертификат о происхождении подтверждает, что товар произведён в России. Он нужен покупателю, чтобы получить таможенные преференции (сниженные или нулевые пошлины) в стране ввоза, а иногда — просто для прохождения таможни.

Основные формы:

- **СТ-1** — для вывоза в страны СНГ, участвующие в соглашении о зоне свободной торговли;
- **общая форма** — для стран, где преференции не предусмотрены, по требованию покупателя;
- **другие формы** — для стран, с которыми у ЕАЭС есть соглашения о свободной торговле (уточните в палате).

Торгово-промышленная палата Калининградской области проводит **экспертизу происхождения** и выдаёт сертификат. Экспертиза бывает разовой (на одну партию) или для серийной продукции — тогда последующие сертификаты оформляются быстрее.

Для товаров, произведённых в ОЭЗ из иностранных комплектующих, происхождение зависит от того, прошёл ли товар **достаточную переработку**. Это частый вопрос калининградских экспортёров — обсудите его с палатой заранее, ещё до заключения контракта.""",
            "duration": "1–3 рабочих дня (после экспертизы)",
            "fees": "По тарифам Торгово-промышленной палаты (уточните актуальный прейскурант)",
            "steps": [
                {
                    "title": "Уточните требования страны ввоза",
                    "what": "Выясните у покупателя, какая форма сертификата нужна для преференций в его стране.",
                    "where": "Покупатель, Торгово-промышленная палата",
                    "duration": "1 день",
                    "cost": "Бесплатно",
                },
                {
                    "title": "Подайте заявку на экспертизу",
                    "what": "Подайте заявку с описанием товара, технологии производства и используемого сырья.",
                    "where": "Торгово-промышленная палата Калининградской области",
                    "duration": "1 день",
                    "cost": "По тарифу палаты",
                },
                {
                    "title": "Пройдите экспертизу происхождения",
                    "what": "Эксперт проверит документы, калькуляцию и при необходимости производство.",
                    "where": "Торгово-промышленная палата, ваше производство",
                    "duration": "До 10 рабочих дней",
                    "cost": "По тарифу палаты",
                },
                {
                    "title": "Получите сертификат на партию",
                    "what": "Заполните бланк сертификата и приложите контракт и счёт-фактуру на партию.",
                    "where": "Торгово-промышленная палата",
                    "duration": "1–3 рабочих дня",
                    "cost": "По тарифу палаты",
                },
            ],
            "documents": [
                "Заявление на выдачу сертификата",
                "Внешнеторговый контракт",
                "Счёт-фактура (инвойс) на партию",
                "Калькуляция себестоимости и описание технологии производства",
                "Документы на сырьё и комплектующие",
            ],
            "legal_basis": [
                {
                    "title": "Закон РФ от 07.07.1993 № 5340-1 «О торгово-промышленных палатах в Российской Федерации»",
                    "url": "http://pravo.gov.ru/proxy/ips/?docbody=&nd=102024717",
                },
                {
                    "title": "Таможенный кодекс Евразийского экономического союза, глава 4 «Страна происхождения товаров»",
                    "url": "https://www.consultant.ru/document/cons_doc_LAW_215315/",
                },
            ],
        },
        "en": {
            "title": "Certificate of origin (CT-1 and other forms) from the Chamber of Commerce",
            "summary": "To export goods to CIS countries and several others you need a certificate of origin. The Chamber of Commerce and Industry of the Kaliningrad region issues CT-1 and general-form certificates and examines the origin of goods.",
            "body": """A certificate of origin confirms that goods were made in Russia. The buyer needs it to get customs preferences (reduced or zero duties) in the importing country, and sometimes simply to clear customs.

The main forms:

- **CT-1 (СТ-1)** — for exports to CIS countries that take part in the free trade area agreement;
- **general form** — for countries without preferences, at the buyer's request;
- **other forms** — for countries that have free trade agreements with the EAEU (ask the Chamber).

The Chamber of Commerce and Industry of the Kaliningrad region carries out an **origin examination** and issues the certificate. The examination can cover a single consignment or serial production — in which case later certificates are issued faster.

For goods made in the Special Economic Zone from foreign components, origin depends on whether the goods have undergone **sufficient processing**. Kaliningrad exporters ask about this often — discuss it with the Chamber early, before you sign the contract.""",
            "duration": "1–3 working days (after the examination)",
            "fees": "According to the Chamber of Commerce's price list (check the current rates)",
            "steps": [
                {
                    "title": "Find out what the importing country requires",
                    "what": "Ask the buyer which certificate form is needed for preferences in their country.",
                    "where": "The buyer, the Chamber of Commerce",
                    "duration": "1 day",
                    "cost": "Free",
                },
                {
                    "title": "Apply for an origin examination",
                    "what": "Submit an application describing the goods, the production process and the raw materials used.",
                    "where": "Chamber of Commerce and Industry of the Kaliningrad region",
                    "duration": "1 day",
                    "cost": "Chamber's rate",
                },
                {
                    "title": "Go through the examination",
                    "what": "An expert checks the documents, the cost calculation and, if necessary, the production site.",
                    "where": "Chamber of Commerce, your production site",
                    "duration": "Up to 10 working days",
                    "cost": "Chamber's rate",
                },
                {
                    "title": "Get the certificate for the consignment",
                    "what": "Fill in the certificate form and attach the contract and the invoice for the consignment.",
                    "where": "Chamber of Commerce",
                    "duration": "1–3 working days",
                    "cost": "Chamber's rate",
                },
            ],
            "documents": [
                "Application for a certificate",
                "Export contract",
                "Invoice for the consignment",
                "Cost calculation and description of the production process",
                "Documents for raw materials and components",
            ],
            "legal_basis": [
                {
                    "title": "Law of the Russian Federation No. 5340-1 of 07.07.1993 “On Chambers of Commerce and Industry in the Russian Federation”",
                    "url": "http://pravo.gov.ru/proxy/ips/?docbody=&nd=102024717",
                },
                {
                    "title": "Customs Code of the Eurasian Economic Union, Chapter 4 “Country of Origin of Goods”",
                    "url": "https://www.consultant.ru/document/cons_doc_LAW_215315/",
                },
            ],
        },
    },
    {
        "slug": "baltic-expo-exhibitions",
        "topics": ["sez-export", "money-support"],
        "audiences": ["company", "sole_proprietor"],
        "visibility": "public",
        "partners": ["baltic-expo", "support-fund"],
        "related": [
            "certificate-of-origin",
            "regional-support-programmes",
            "my-business-consultations",
        ],
        "review_interval_days": 365,
        "last_reviewed": "2026-08-27",
        "ru": {
            "title": "Участие в выставках «Балтик-Экспо» и компенсация расходов",
            "summary": "Как малому бизнесу участвовать в выставках и ярмарках выставочного центра «Балтик-Экспо» в Калининграде и получить компенсацию части расходов на выставочный стенд по программам поддержки.",
            "body": """Выставочный центр «Балтик-Экспо» проводит в Калининграде отраслевые выставки и ярмарки: строительство, продукты питания, туризм, мебель, промышленность. Выставка — быстрый способ найти покупателей и партнёров, в том числе зарубежных.

Как снизить расходы:

- **коллективный стенд** региона — несколько компаний делят площадь и оформление;
- **компенсация части затрат** на аренду площади и застройку стенда по программам Фонда поддержки предпринимательства (в том числе центра поддержки экспорта) — если программа действует в текущем году;
- **бесплатные деловые программы** выставки: семинары, B2B-встречи, презентации.

Заявки на участие лучше подавать за 2–3 месяца: лучшие места на площадке бронируются заранее. Условия компенсации и перечень выставок меняются — **уточните актуальные условия** в фонде и в выставочном центре.""",
            "duration": "Подготовка — 2–3 месяца до выставки",
            "fees": "Стоимость площади и застройки — по прайсу выставочного центра; часть расходов может быть компенсирована",
            "steps": [
                {
                    "title": "Выберите выставку",
                    "what": "Изучите календарь выставок и выберите подходящую по отрасли и аудитории.",
                    "where": "Сайт выставочного центра «Балтик-Экспо»",
                    "duration": "1 день",
                    "cost": "Бесплатно",
                },
                {
                    "title": "Узнайте о компенсации",
                    "what": "До оплаты уточните, действует ли программа компенсации расходов, и подайте заявку, если нужно согласовать участие заранее.",
                    "where": "Фонд поддержки предпринимательства, центр «Мой бизнес»",
                    "duration": "1 неделя",
                    "cost": "Бесплатно",
                },
                {
                    "title": "Забронируйте стенд",
                    "what": "Подайте заявку на участие, выберите площадь и тип застройки, заключите договор.",
                    "where": "Выставочный центр «Балтик-Экспо»",
                    "duration": "1–2 недели",
                    "cost": "По прайсу",
                },
                {
                    "title": "Подготовьтесь и участвуйте",
                    "what": "Подготовьте образцы, материалы, план встреч; после выставки обработайте контакты.",
                    "where": "Выставочный центр",
                    "duration": "2–4 дня выставки",
                    "cost": "Ваши расходы",
                },
                {
                    "title": "Подайте документы на компенсацию",
                    "what": "Представьте договор, акты и платёжные документы для компенсации части расходов.",
                    "where": "Фонд поддержки предпринимательства",
                    "duration": "В срок, установленный программой",
                    "cost": "Бесплатно",
                },
            ],
            "documents": [
                "Заявка на участие в выставке",
                "Договор с выставочным центром",
                "Акты и платёжные документы",
                "Заявление на компенсацию (по программе поддержки)",
            ],
            "legal_basis": [
                {
                    "title": "Федеральный закон от 24.07.2007 № 209-ФЗ «О развитии малого и среднего предпринимательства в Российской Федерации»",
                    "url": "https://www.consultant.ru/document/cons_doc_LAW_52144/",
                },
            ],
        },
        "en": {
            "title": "Exhibiting at Baltic-Expo trade fairs and getting costs reimbursed",
            "summary": "How a small business can exhibit at trade fairs and exhibitions of the Baltic-Expo exhibition centre in Kaliningrad and have part of the stand costs reimbursed by support programmes.",
            "body": """The Baltic-Expo exhibition centre holds trade fairs in Kaliningrad: construction, food, tourism, furniture, industry. A trade fair is a quick way to find customers and partners, including foreign ones.

How to keep costs down:

- a **joint regional stand** — several companies share the space and the design;
- **reimbursement of part of the costs** of space rental and stand construction under programmes of the Entrepreneurship Support Fund (including its export support centre) — if the programme runs this year;
- **free business events** at the fair: seminars, B2B meetings, presentations.

Apply 2–3 months in advance: the best spots are booked early. Reimbursement terms and the list of fairs change — **check the current terms** with the fund and the exhibition centre.""",
            "duration": "2–3 months of preparation before the fair",
            "fees": "Space and stand construction at the exhibition centre's prices; part of the costs may be reimbursed",
            "steps": [
                {
                    "title": "Choose a fair",
                    "what": "Look through the exhibition calendar and pick a fair that matches your sector and audience.",
                    "where": "Baltic-Expo exhibition centre website",
                    "duration": "1 day",
                    "cost": "Free",
                },
                {
                    "title": "Ask about reimbursement",
                    "what": "Before you pay, check whether a reimbursement programme is running, and apply if participation must be approved in advance.",
                    "where": "Entrepreneurship Support Fund, «My Business» centre",
                    "duration": "1 week",
                    "cost": "Free",
                },
                {
                    "title": "Book a stand",
                    "what": "Apply to exhibit, choose the space and type of stand, and sign the contract.",
                    "where": "Baltic-Expo exhibition centre",
                    "duration": "1–2 weeks",
                    "cost": "Price list",
                },
                {
                    "title": "Prepare and exhibit",
                    "what": "Prepare samples, materials and a meeting plan; follow up your contacts after the fair.",
                    "where": "Exhibition centre",
                    "duration": "2–4 days of the fair",
                    "cost": "Your own costs",
                },
                {
                    "title": "Claim the reimbursement",
                    "what": "Submit the contract, certificates of completion and payment documents to have part of the costs reimbursed.",
                    "where": "Entrepreneurship Support Fund",
                    "duration": "By the programme's deadline",
                    "cost": "Free",
                },
            ],
            "documents": [
                "Application to exhibit",
                "Contract with the exhibition centre",
                "Certificates of completion and payment documents",
                "Reimbursement application (under the support programme)",
            ],
            "legal_basis": [
                {
                    "title": "Federal Law No. 209-FZ of 24.07.2007 “On the Development of Small and Medium-Sized Enterprises in the Russian Federation”",
                    "url": "https://www.consultant.ru/document/cons_doc_LAW_52144/",
                },
            ],
        },
    },
    {
        "slug": "closing-ip",
        "topics": ["registration"],
        "audiences": ["sole_proprietor"],
        "visibility": "public",
        "partners": ["fns-kaliningrad", "social-fund"],
        "related": ["ip-registration", "ip-insurance-contributions", "online-cash-register"],
        "review_interval_days": 180,
        "last_reviewed": "2026-10-12",
        "ru": {
            "title": "Как закрыть ИП",
            "summary": "Прекращение деятельности индивидуального предпринимателя: заявление Р26001, снятие кассы с учёта, последняя декларация и взносы. ИП закрывают за 5 рабочих дней; при электронной подаче госпошлина не взимается.",
            "body": """Закрыть ИП можно в любой момент, даже если есть долги: обязательства перед налоговой, работниками и контрагентами после закрытия остаются за вами как за физическим лицом.

Перед подачей заявления:

- увольте работников и отправьте сведения в Социальный фонд;
- снимите с учёта онлайн-кассу;
- по возможности рассчитайтесь с контрагентами.

После закрытия в течение установленных сроков нужно сдать **последнюю декларацию** (на УСН — до 25-го числа месяца, следующего за месяцем закрытия) и уплатить **страховые взносы за себя** пропорционально отработанному времени — в течение 15 календарных дней после снятия с учёта. Расчётный счёт закройте после всех платежей.

Если вы закрываете ИП, чтобы перейти в ООО или стать самозанятым, обсудите порядок перехода на консультации — иногда выгоднее не закрывать ИП, а сменить налоговый режим.""",
            "duration": "5 рабочих дней",
            "fees": "Госпошлина не взимается при подаче в электронном виде; на бумаге — 160 руб. (уточните актуальный размер)",
            "steps": [
                {
                    "title": "Завершите дела с работниками и кассой",
                    "what": "Увольте работников, передайте сведения в Социальный фонд, снимите онлайн-кассу с учёта.",
                    "where": "Личный кабинет на сайте ФНС, Социальный фонд",
                    "duration": "1–2 недели",
                    "cost": "Бесплатно",
                },
                {
                    "title": "Подайте заявление Р26001",
                    "what": "Заполните заявление о прекращении деятельности ИП и отправьте онлайн.",
                    "where": "Госуслуги, сайт ФНС, МФЦ «Мои документы»",
                    "duration": "15 минут",
                    "cost": "Бесплатно при электронной подаче",
                },
                {
                    "title": "Получите лист записи ЕГРИП",
                    "what": "Через 5 рабочих дней налоговая пришлёт документ о прекращении деятельности.",
                    "where": "Электронная почта, личный кабинет",
                    "duration": "5 рабочих дней",
                    "cost": "Бесплатно",
                },
                {
                    "title": "Сдайте последнюю отчётность и заплатите взносы",
                    "what": "Подайте последнюю декларацию, уплатите налог и страховые взносы за себя.",
                    "where": "Личный кабинет налогоплательщика",
                    "duration": "До 15 дней (взносы) и до 25-го числа следующего месяца (декларация УСН)",
                    "cost": "Сумма налогов и взносов",
                },
            ],
            "documents": [
                "Заявление по форме Р26001",
                "Паспорт",
                "Квитанция об уплате госпошлины (только при подаче на бумаге)",
            ],
            "legal_basis": [
                {
                    "title": "Федеральный закон от 08.08.2001 № 129-ФЗ «О государственной регистрации юридических лиц и индивидуальных предпринимателей», статья 22.3",
                    "url": "https://www.consultant.ru/document/cons_doc_LAW_32881/",
                },
            ],
        },
        "en": {
            "title": "How to close a sole proprietorship",
            "summary": "Ending your activity as a sole proprietor (IP): form P26001, deregistering the cash register, the last tax return and contributions. It takes 5 working days, with no state fee when you apply online.",
            "body": """You can close a sole proprietorship at any time, even with debts: obligations to the tax service, employees and business partners stay with you as a private individual after closing.

Before you apply:

- dismiss your employees and report it to the Social Fund;
- deregister your online cash register;
- settle with your business partners where you can.

After closing you must file your **last tax return** (on the simplified system, by the 25th of the month after the month of closing) and pay your **own insurance contributions** pro rata to the time worked, within 15 calendar days of deregistration. Close your bank account once all payments are made.

If you are closing the sole proprietorship to move to an LLC or become self-employed, talk it through at a consultation — sometimes changing the tax regime is better than closing.""",
            "duration": "5 working days",
            "fees": "No state fee when you apply online; 160 roubles on paper (check the current amount)",
            "steps": [
                {
                    "title": "Settle staff and the cash register",
                    "what": "Dismiss employees, report to the Social Fund and deregister the online cash register.",
                    "where": "Your account on the tax service website, the Social Fund",
                    "duration": "1–2 weeks",
                    "cost": "Free",
                },
                {
                    "title": "File form P26001",
                    "what": "Fill in the application to end your activity as a sole proprietor and send it online.",
                    "where": "Gosuslugi, tax service website, MFC",
                    "duration": "15 minutes",
                    "cost": "Free online",
                },
                {
                    "title": "Receive the register record",
                    "what": "After 5 working days the tax service sends the document confirming that your activity has ended.",
                    "where": "E-mail, your online account",
                    "duration": "5 working days",
                    "cost": "Free",
                },
                {
                    "title": "File the last return and pay contributions",
                    "what": "File your last tax return and pay the tax and your own insurance contributions.",
                    "where": "Taxpayer's online account",
                    "duration": "Within 15 days (contributions) and by the 25th of the next month (USN return)",
                    "cost": "The taxes and contributions due",
                },
            ],
            "documents": [
                "Application form P26001",
                "Passport",
                "Receipt for the state fee (paper applications only)",
            ],
            "legal_basis": [
                {
                    "title": "Federal Law No. 129-FZ of 08.08.2001 “On State Registration of Legal Entities and Individual Entrepreneurs”, Article 22.3",
                    "url": "https://www.consultant.ru/document/cons_doc_LAW_32881/",
                },
            ],
        },
    },
    {
        "slug": "changing-registration-data",
        "topics": ["registration"],
        "audiences": ["sole_proprietor", "company"],
        "visibility": "public",
        "partners": ["fns-kaliningrad"],
        "related": ["ip-registration", "llc-registration", "closing-ip"],
        "review_interval_days": 180,
        "last_reviewed": "2026-01-22",
        "ru": {
            "title": "Изменение сведений в ЕГРИП и ЕГРЮЛ: ОКВЭД, адрес, директор",
            "summary": "Как добавить новые коды ОКВЭД, сменить юридический адрес, директора или участников ООО: формы Р24001 для ИП и Р13014 для ООО, сроки подачи и госпошлина.",
            "body": """Сведения в государственных реестрах должны быть актуальными. Если что-то изменилось, сообщите в налоговую.

**ИП** подаёт заявление по форме **Р24001**, чтобы добавить или исключить коды ОКВЭД. Смена паспорта или адреса регистрации обновляется автоматически — налоговая получает данные от МВД.

**ООО** подаёт заявление по форме **Р13014**:

- при смене директора, адреса, видов деятельности — в течение **7 рабочих дней** после изменения;
- при изменениях устава (например, название, размер уставного капитала) вместе с заявлением подают решение и новую редакцию устава или переходят на типовой устав.

Смена участников при продаже доли оформляется у нотариуса, который сам направляет документы в налоговую.

Начать работу по новому коду ОКВЭД можно и до внесения изменений, но лучше не тянуть: от кодов зависят налоговые льготы, тарифы взносов и право на поддержку.""",
            "duration": "5 рабочих дней",
            "fees": "Изменения без изменения устава — бесплатно; изменения устава при подаче на бумаге — госпошлина (уточните актуальный размер), в электронном виде — бесплатно",
            "steps": [
                {
                    "title": "Определите, какая форма нужна",
                    "what": "Р24001 — для ИП, Р13014 — для ООО; при изменении устава подготовьте решение и новую редакцию.",
                    "where": "Сайт ФНС, консультация в инфопункте",
                    "duration": "30 минут",
                    "cost": "Бесплатно",
                },
                {
                    "title": "Заполните и подпишите заявление",
                    "what": "Заполните заявление в программе подготовки документов или онлайн-сервисе и подпишите электронной подписью.",
                    "where": "Сервис ФНС «Государственная регистрация ЮЛ и ИП», Госуслуги",
                    "duration": "30 минут",
                    "cost": "Бесплатно",
                },
                {
                    "title": "Подайте документы",
                    "what": "Отправьте документы онлайн, через МФЦ или нотариуса.",
                    "where": "Сайт ФНС, МФЦ «Мои документы», нотариус",
                    "duration": "1 день",
                    "cost": "Бесплатно при электронной подаче",
                },
                {
                    "title": "Получите лист записи",
                    "what": "Через 5 рабочих дней налоговая пришлёт лист записи о внесённых изменениях.",
                    "where": "Электронная почта",
                    "duration": "5 рабочих дней",
                    "cost": "Бесплатно",
                },
            ],
            "documents": [
                "Заявление Р24001 (ИП) или Р13014 (ООО)",
                "Решение участников об изменениях (для ООО)",
                "Новая редакция устава (если меняется устав)",
                "Документ об адресе (при смене юридического адреса)",
            ],
            "legal_basis": [
                {
                    "title": "Федеральный закон от 08.08.2001 № 129-ФЗ «О государственной регистрации юридических лиц и индивидуальных предпринимателей», статьи 17 и 18",
                    "url": "https://www.consultant.ru/document/cons_doc_LAW_32881/",
                },
            ],
        },
    },
    {
        "slug": "trademark-registration",
        "topics": ["permits"],
        "audiences": ["sole_proprietor", "company", "planning"],
        "visibility": "public",
        "partners": ["tpp-kaliningrad", "my-business"],
        "related": ["llc-registration", "my-business-consultations", "changing-registration-data"],
        "review_interval_days": 365,
        "last_reviewed": "2026-02-25",
        "ru": {
            "title": "Регистрация товарного знака: основы",
            "summary": "Зачем регистрировать товарный знак (бренд, логотип, название), как проверить его уникальность и подать заявку в Роспатент. Регистрация защищает название на 10 лет с правом продления.",
            "body": """Товарный знак — это обозначение, по которому покупатели отличают ваши товары и услуги: название, логотип, слоган. Зарегистрированный знак защищает вас от копирования и позволяет требовать компенсацию за незаконное использование.

Что важно знать:

- знак регистрирует **Роспатент**; заявителем может быть ИП или организация;
- знак регистрируется для конкретных **классов МКТУ** (товаров и услуг) — чем больше классов, тем выше пошлина;
- название фирмы (ООО «Ромашка») и домен сайта **не** защищают бренд так, как товарный знак;
- регистрация действует **10 лет** с даты подачи заявки и продлевается неограниченное число раз.

Перед подачей обязательно проведите **поиск по базам Роспатента**: если похожий знак уже зарегистрирован в тех же классах, вам откажут. Экспертиза обычно длится от нескольких месяцев; есть ускоренная процедура за дополнительную плату.

Бесплатную первичную консультацию можно получить в центре «Мой бизнес», а помощь патентного поверенного — в Торгово-промышленной палате (по тарифам палаты).""",
            "duration": "От 3 до 12 месяцев в зависимости от процедуры",
            "fees": "Пошлины Роспатента за подачу, экспертизу и регистрацию — зависят от числа классов МКТУ (уточните по актуальному перечню пошлин)",
            "steps": [
                {
                    "title": "Определите, что и для чего регистрировать",
                    "what": "Решите, регистрируете словесный, изобразительный или комбинированный знак, и выберите классы МКТУ.",
                    "where": "Центр «Мой бизнес», патентный поверенный",
                    "duration": "1–3 дня",
                    "cost": "Бесплатная консультация",
                },
                {
                    "title": "Проверьте знак на уникальность",
                    "what": "Проведите поиск по открытым реестрам Роспатента на тождество и сходство.",
                    "where": "Информационно-поисковая система Роспатента, патентный поверенный",
                    "duration": "1–5 дней",
                    "cost": "Бесплатно самостоятельно; услуги поверенного — по договору",
                },
                {
                    "title": "Подайте заявку и оплатите пошлины",
                    "what": "Подайте заявку в электронном виде — за электронную подачу пошлина ниже.",
                    "where": "Сайт Роспатента, Госуслуги",
                    "duration": "1 день",
                    "cost": "Пошлина за подачу и экспертизу",
                },
                {
                    "title": "Пройдите экспертизу и получите свидетельство",
                    "what": "Отвечайте на запросы эксперта; после решения о регистрации оплатите пошлину и получите свидетельство.",
                    "where": "Роспатент",
                    "duration": "От нескольких месяцев",
                    "cost": "Пошлина за регистрацию",
                },
            ],
            "documents": [
                "Заявка на регистрацию товарного знака",
                "Изображение знака",
                "Перечень товаров и услуг по классам МКТУ",
                "Документ об уплате пошлины",
                "Доверенность патентного поверенного (если заявку подаёт он)",
            ],
            "legal_basis": [
                {
                    "title": "Гражданский кодекс РФ, часть четвёртая, глава 76, § 2 «Право на товарный знак и право на знак обслуживания»",
                    "url": "https://www.consultant.ru/document/cons_doc_LAW_64629/",
                },
            ],
        },
    },
    {
        "slug": "desk-walk-in-consultation-script",
        "topics": ["desk-work"],
        "audiences": [],
        "visibility": "internal",
        "partners": [],
        "related": [
            "desk-referral-handling",
            "desk-service-standards-training",
            "ip-registration",
        ],
        "review_interval_days": 180,
        "last_reviewed": "2026-09-08",
        "ru": {
            "title": "Сценарий консультации посетителя на стойке инфопункта",
            "summary": "Внутренний сценарий для сотрудника: как принять посетителя без записи, выяснить запрос, дать ответ по справочнику, выдать чек-лист и корректно закрыть обращение за 15–20 минут.",
            "body": """Цель консультации — чтобы посетитель ушёл с **понятным следующим шагом**: что сделать, куда идти, какие документы взять. Мы не оказываем юридических услуг и не заполняем документы за посетителя, но помогаем разобраться и направляем к партнёрам.

**Ключевые фразы:**

- «Расскажите, пожалуйста, чем вы хотите заниматься и на каком вы этапе?»
- «Правильно ли я понял, что вам нужно…?»
- «Вот что нужно сделать дальше — я распечатаю вам список».

**Чего избегать:** обещаний результата за другие ведомства («вам точно одобрят грант»), оценок бизнес-идеи, советов по конкретным налоговым схемам. Если вопрос выходит за рамки справочника — оформляем направление партнёру.

Каждое обращение регистрируется в системе **до конца рабочего дня**, согласие на обработку персональных данных фиксируется до ввода контактов.""",
            "duration": "15–20 минут на консультацию",
            "fees": "Для посетителя бесплатно",
            "steps": [
                {
                    "title": "Поприветствуйте и зарегистрируйте обращение",
                    "what": "Представьтесь, откройте быструю карточку обращения, канал — «личный визит». Спросите согласие на обработку персональных данных, если посетитель оставляет контакты.",
                    "where": "Стойка инфопункта, бэк-офис",
                    "duration": "1–2 минуты",
                    "cost": "—",
                },
                {
                    "title": "Выясните запрос",
                    "what": "Задайте открытые вопросы: вид деятельности, этап (идея, регистрация, работающий бизнес), форма (ИП, ООО, самозанятый). Отметьте темы обращения.",
                    "where": "Стойка инфопункта",
                    "duration": "3–5 минут",
                    "cost": "—",
                },
                {
                    "title": "Ответьте по справочнику",
                    "what": "Найдите статью справочника, пройдите с посетителем шаги и документы, обратите внимание на сроки и пошлины.",
                    "where": "Справочник процедур",
                    "duration": "5–10 минут",
                    "cost": "—",
                },
                {
                    "title": "Выдайте персональный чек-лист",
                    "what": "Добавьте нужные статьи в чек-лист и распечатайте его с контактами инфопункта и QR-кодом для отзыва.",
                    "where": "Бэк-офис, принтер",
                    "duration": "2 минуты",
                    "cost": "—",
                },
                {
                    "title": "Направьте к партнёру или закройте обращение",
                    "what": "Если нужен партнёр — оформите направление; если вопрос решён — закройте обращение, чтобы посетитель получил приглашение оценить консультацию.",
                    "where": "Бэк-офис",
                    "duration": "2 минуты",
                    "cost": "—",
                },
            ],
            "documents": [
                "Согласие на обработку персональных данных (в системе)",
                "Распечатанный чек-лист для посетителя",
            ],
            "legal_basis": [
                {
                    "title": "Федеральный закон от 02.05.2006 № 59-ФЗ «О порядке рассмотрения обращений граждан Российской Федерации»",
                    "url": "https://www.consultant.ru/document/cons_doc_LAW_59999/",
                },
                {
                    "title": "Федеральный закон от 27.07.2006 № 152-ФЗ «О персональных данных»",
                    "url": "https://www.consultant.ru/document/cons_doc_LAW_61801/",
                },
            ],
        },
    },
    {
        "slug": "desk-referral-handling",
        "topics": ["desk-work"],
        "audiences": [],
        "visibility": "internal",
        "partners": [
            "fns-kaliningrad",
            "tpp-kaliningrad",
            "employment-centre",
            "support-fund",
            "my-business",
            "sez-administration",
        ],
        "related": ["desk-walk-in-consultation-script", "desk-service-standards-training"],
        "review_interval_days": 180,
        "last_reviewed": "2026-04-09",
        "ru": {
            "title": "Как оформить и сопровождать направление к партнёру",
            "summary": "Внутренний порядок: когда направлять обращение партнёрской организации, как оформить направление со ссылкой для ответа, какие сроки контролировать и что делать, если партнёр не отвечает.",
            "body": """Направление (референция) — это передача вопроса посетителя организации-партнёру, которая компетентна его решить: налоговой, Торгово-промышленной палате, центру занятости, Фонду поддержки предпринимательства, центру «Мой бизнес», Администрации ОЭЗ.

**Когда направлять:** вопрос требует решения или экспертизы партнёра (например, экспертиза происхождения товара, расчёт субсидии, индивидуальная налоговая ситуация), а справочник даёт только общий порядок.

**Правила:**

- в направлении — только необходимые для ответа данные посетителя и только с его согласия;
- формулируйте вопрос так, чтобы партнёр мог ответить без дополнительного звонка;
- партнёр отвечает по подписанной ссылке без учётной записи: «принято», «решено», «отклонено» с комментарием;
- срок ответа партнёра контролируется по стандарту обслуживания; за день до истечения срока система напоминает вам.

Посетителя всегда информируем, кому и когда передан вопрос и когда ждать ответа.""",
            "duration": "Оформление — 5 минут; ответ партнёра — по стандарту (как правило, до 5 рабочих дней)",
            "fees": "—",
            "steps": [
                {
                    "title": "Проверьте, нужен ли партнёр",
                    "what": "Убедитесь, что ответа нет в справочнике и вопрос относится к компетенции партнёра (см. справочник партнёров).",
                    "where": "Справочник процедур, реестр партнёров",
                    "duration": "2 минуты",
                    "cost": "—",
                },
                {
                    "title": "Получите согласие посетителя",
                    "what": "Объясните, какие данные будут переданы партнёру, и отметьте согласие в карточке.",
                    "where": "Карточка обращения",
                    "duration": "1 минута",
                    "cost": "—",
                },
                {
                    "title": "Оформите направление",
                    "what": "Выберите партнёра, сформулируйте вопрос, приложите нужные сведения; система отправит партнёру подписанную ссылку.",
                    "where": "Карточка обращения → «Направить партнёру»",
                    "duration": "3 минуты",
                    "cost": "—",
                },
                {
                    "title": "Контролируйте ответ",
                    "what": "Следите за статусом направления; при просрочке позвоните контактному лицу партнёра и отметьте звонок в журнале коммуникаций.",
                    "where": "Список направлений, журнал коммуникаций",
                    "duration": "По сроку стандарта",
                    "cost": "—",
                },
                {
                    "title": "Закройте цикл с посетителем",
                    "what": "Сообщите посетителю результат, зафиксируйте его в хронологии и закройте обращение.",
                    "where": "Карточка обращения",
                    "duration": "5 минут",
                    "cost": "—",
                },
            ],
            "documents": [
                "Карточка обращения с отметкой о согласии",
                "Текст направления партнёру",
            ],
            "legal_basis": [
                {
                    "title": "Федеральный закон от 27.07.2006 № 152-ФЗ «О персональных данных»",
                    "url": "https://www.consultant.ru/document/cons_doc_LAW_61801/",
                },
            ],
        },
    },
    {
        "slug": "desk-officer-job-description",
        "topics": ["desk-work"],
        "audiences": [],
        "visibility": "internal",
        "partners": ["economy-committee"],
        "related": ["desk-service-standards-training", "desk-walk-in-consultation-script"],
        "review_interval_days": 365,
        "last_reviewed": "2026-03-30",
        "ru": {
            "title": "Должностная инструкция консультанта инфопункта",
            "summary": "Внутренний документ: обязанности, права, требования к квалификации и показатели работы консультанта информационного пункта для предпринимателей Комитета экономического развития.",
            "body": """Консультант инфопункта — первый контакт предпринимателя с администрацией города по вопросам начала и ведения бизнеса. Должность входит в структуру Комитета экономического развития администрации городского округа «Город Калининград».

**Основные обязанности:**

1. Консультировать предпринимателей и граждан, планирующих бизнес, лично, по телефону и электронной почте в соответствии со справочником процедур.
2. Регистрировать каждое обращение в системе, вести хронологию и контрольные сроки.
3. Оформлять и сопровождать направления к партнёрским организациям.
4. Соблюдать стандарты обслуживания: сроки ответа, вежливость, конфиденциальность.
5. Сообщать редакторам справочника о пробелах и устаревших статьях.
6. Участвовать в мероприятиях для предпринимателей (дни открытых дверей, семинары).

**Права:** запрашивать у партнёрских организаций сведения, нужные для ответа посетителю; вносить предложения по справочнику и стандартам обслуживания; прекратить консультацию при оскорбительном поведении посетителя, зафиксировав это в системе.

**Требования:** высшее образование (экономика, право, управление), знание основ налогового и гражданского законодательства в части МСП, навыки делового общения; желателен английский язык.

**Показатели:** доля обращений, отвеченных в срок; удовлетворённость посетителей (CSAT); доля направлений с ответом партнёра; полнота регистрации обращений.""",
            "duration": "—",
            "fees": "—",
            "steps": [
                {
                    "title": "Ознакомление при приёме на должность",
                    "what": "Новый сотрудник знакомится с инструкцией, стандартами обслуживания и регламентом инфопункта под подпись.",
                    "where": "Комитет экономического развития",
                    "duration": "1-й день",
                    "cost": "—",
                },
                {
                    "title": "Адаптация",
                    "what": "Две недели работы в паре с опытным консультантом, изучение основных статей справочника.",
                    "where": "Инфопункт",
                    "duration": "2 недели",
                    "cost": "—",
                },
                {
                    "title": "Аттестация",
                    "what": "Проверка знания справочника и стандартов, разбор трёх учебных консультаций с руководителем.",
                    "where": "Инфопункт",
                    "duration": "В конце испытательного срока",
                    "cost": "—",
                },
            ],
            "documents": [
                "Должностная инструкция (подписанный экземпляр)",
                "Стандарты обслуживания инфопункта",
                "Регламент работы инфопункта",
            ],
            "legal_basis": [
                {
                    "title": "Трудовой кодекс РФ от 30.12.2001 № 197-ФЗ",
                    "url": "https://www.consultant.ru/document/cons_doc_LAW_34683/",
                },
            ],
        },
    },
    {
        "slug": "desk-service-standards-training",
        "topics": ["desk-work"],
        "audiences": [],
        "visibility": "internal",
        "partners": [],
        "related": [
            "desk-walk-in-consultation-script",
            "desk-referral-handling",
            "desk-officer-job-description",
        ],
        "review_interval_days": 180,
        "last_reviewed": "2026-10-27",
        "ru": {
            "title": "Учебный материал: стандарты обслуживания инфопункта",
            "summary": "Обучающий материал для сотрудников: какие стандарты обслуживания публикует инфопункт (часы работы, сроки первого ответа и решения), как они измеряются в рабочих днях и как работать с отзывами посетителей.",
            "body": """Стандарты обслуживания — это публичные обещания инфопункта предпринимателям. Их видит каждый посетитель на сайте, а руководство еженедельно смотрит, насколько мы их выполняем.

**Основные стандарты (пример):**

| Стандарт | Значение |
| --- | --- |
| Ожидание в очереди при личном визите | не более 15 минут |
| Первый ответ на вопрос с сайта или по почте | до 2 рабочих дней |
| Решение или направление к партнёру | до 5 рабочих дней |
| Ответ партнёра на направление | до 5 рабочих дней |

Сроки считаются **в рабочих днях по производственному календарю России**: выходные и праздничные дни не учитываются, перенесённые рабочие субботы учитываются.

**Работа с отзывами.** После закрытия обращения посетитель получает приглашение оценить консультацию. Низкая оценка — не повод для оправданий, а сигнал: перечитайте обращение, при необходимости свяжитесь с посетителем, предложите руководителю действие по улучшению. Результаты публикуются в разделе «Вы сказали — мы сделали».""",
            "duration": "Учебное занятие — 2 часа",
            "fees": "—",
            "steps": [
                {
                    "title": "Изучите опубликованные стандарты",
                    "what": "Прочитайте страницу стандартов вашего офиса и запомните ключевые сроки.",
                    "where": "Публичная страница стандартов обслуживания",
                    "duration": "15 минут",
                    "cost": "—",
                },
                {
                    "title": "Разберите расчёт сроков",
                    "what": "На трёх примерах обращений (перед праздниками, в пятницу вечером, с направлением партнёру) посчитайте контрольные сроки.",
                    "where": "Учебное занятие",
                    "duration": "30 минут",
                    "cost": "—",
                },
                {
                    "title": "Посмотрите панель мониторинга",
                    "what": "Найдите на панели долю обращений, отвеченных в срок, медианное время ответа и оценки CSAT и NPS за прошлый месяц.",
                    "where": "Бэк-офис, панель мониторинга",
                    "duration": "30 минут",
                    "cost": "—",
                },
                {
                    "title": "Отработайте ответ на негативный отзыв",
                    "what": "В паре разыграйте звонок посетителю, оставившему низкую оценку, и сформулируйте действие по улучшению.",
                    "where": "Учебное занятие",
                    "duration": "45 минут",
                    "cost": "—",
                },
            ],
            "documents": [
                "Стандарты обслуживания инфопункта",
                "Производственный календарь на текущий год",
                "Памятка по работе с отзывами",
            ],
            "legal_basis": [
                {
                    "title": "Федеральный закон от 02.05.2006 № 59-ФЗ «О порядке рассмотрения обращений граждан Российской Федерации»",
                    "url": "https://www.consultant.ru/document/cons_doc_LAW_59999/",
                },
            ],
        },
    },
]
