package ner

import "strings"

// The gazetteers below were written for Briefdesk from general knowledge:
// countries and their common short forms, capitals and large cities,
// regions, international bodies, and words that mark people and
// organisations. One entry a line; case does not matter.

const countries = `Afghanistan
Albania
Algeria
Andorra
Angola
Argentina
Armenia
Australia
Austria
Azerbaijan
Bahamas
Bahrain
Bangladesh
Barbados
Belarus
Belgium
Belize
Benin
Bhutan
Bolivia
Bosnia
Bosnia and Herzegovina
Herzegovina
Botswana
Brazil
Brunei
Bulgaria
Burkina Faso
Burundi
Cambodia
Cameroon
Canada
Cape Verde
Central African Republic
Chad
Chile
China
Colombia
Comoros
Congo
Democratic Republic of Congo
Democratic Republic of the Congo
Costa Rica
Croatia
Cuba
Cyprus
Czech Republic
Czechia
Denmark
Djibouti
Dominica
Dominican Republic
East Timor
Timor-Leste
Ecuador
Egypt
El Salvador
Equatorial Guinea
Eritrea
Estonia
Eswatini
Swaziland
Ethiopia
Fiji
Finland
France
Gabon
Gambia
Georgia
Germany
Ghana
Greece
Grenada
Guatemala
Guinea
Guinea-Bissau
Guyana
Haiti
Honduras
Hungary
Iceland
India
Indonesia
Iran
Iraq
Ireland
Israel
Italy
Ivory Coast
Jamaica
Japan
Jordan
Kazakhstan
Kenya
Kiribati
Kosovo
Kuwait
Kyrgyzstan
Laos
Latvia
Lebanon
Lesotho
Liberia
Libya
Liechtenstein
Lithuania
Luxembourg
Macedonia
North Macedonia
Madagascar
Malawi
Malaysia
Maldives
Mali
Malta
Mauritania
Mauritius
Mexico
Moldova
Monaco
Mongolia
Montenegro
Morocco
Mozambique
Myanmar
Burma
Namibia
Nauru
Nepal
Netherlands
Holland
New Zealand
Nicaragua
Niger
Nigeria
North Korea
South Korea
Korea
Norway
Oman
Pakistan
Palau
Palestine
Panama
Papua New Guinea
Paraguay
Peru
Philippines
Poland
Portugal
Qatar
Romania
Russia
Russian Federation
Rwanda
Samoa
San Marino
Saudi Arabia
Senegal
Serbia
Seychelles
Sierra Leone
Singapore
Slovakia
Slovenia
Somalia
South Africa
South Sudan
Spain
Sri Lanka
Sudan
Suriname
Sweden
Switzerland
Syria
Taiwan
Tajikistan
Tanzania
Thailand
Togo
Tonga
Trinidad
Tobago
Trinidad and Tobago
Tunisia
Turkey
Türkiye
Turkmenistan
Tuvalu
Uganda
Ukraine
United Arab Emirates
UAE
United Kingdom
UK
U.K.
Britain
Great Britain
England
Scotland
Wales
Northern Ireland
United States
United States of America
US
U.S.
USA
America
Uruguay
Uzbekistan
Vanuatu
Vatican
Venezuela
Vietnam
Yemen
Yugoslavia
Zaire
Zambia
Zimbabwe
Soviet Union
USSR
Czechoslovakia
Greenland
Puerto Rico
Hong Kong
Macau
Gaza
Gaza Strip
West Bank
Tibet
Chechnya
Crimea
Donbas
Donbass
Kashmir
Kurdistan
Abkhazia
Transnistria
Catalonia
Quebec
Flanders
Bavaria
Sicily
Sardinia
Corsica
Tasmania
Siberia
Ulster`

const regions = `Europe
West Indies
East Indies
Asia
Africa
North America
South America
Latin America
Central America
Antarctica
Oceania
Middle East
Near East
Far East
Balkans
Caucasus
Baltics
Scandinavia
Mediterranean
Caribbean
Pacific
Atlantic
Arctic
Sahara
Sahel
Gulf
Persian Gulf
Black Sea
Red Sea
Baltic Sea
South China Sea
North Sea
Indian Ocean
Pacific Ocean
Atlantic Ocean
Horn of Africa
West Africa
East Africa
Southern Africa
North Africa
Central Asia
South Asia
Southeast Asia
East Asia
Western Europe
Eastern Europe
Central Europe
Alps
Himalayas
Amazon
Nile
Danube
Rhine
Thames
Mississippi
Yangtze
Golan Heights
Sinai
Strait of Hormuz
Bosphorus
Suez Canal
Panama Canal
Silicon Valley
Wall Street
Downing Street
Capitol Hill
Midwest
New England
Alabama
Alaska
Arizona
Arkansas
California
Colorado
Connecticut
Delaware
Florida
Hawaii
Idaho
Illinois
Indiana
Iowa
Kansas
Kentucky
Louisiana
Maine
Maryland
Massachusetts
Michigan
Minnesota
Missouri
Montana
Nebraska
Nevada
New Hampshire
New Jersey
New Mexico
New York
North Carolina
North Dakota
Ohio
Oklahoma
Oregon
Pennsylvania
Rhode Island
South Carolina
South Dakota
Tennessee
Texas
Utah
Vermont
Virginia
West Virginia
Wisconsin
Wyoming
Ontario
British Columbia
Alberta
Queensland
New South Wales
Victoria
Punjab
Bengal
Kerala
Xinjiang
Guangdong
Yorkshire
Lancashire
Kent
Surrey
Essex
Normandy
Brittany
Provence
Andalusia
Lombardy
Tuscany
Silesia
Galicia
Anatolia
Kurdistan
Darfur
Kharkiv region
Donetsk
Luhansk
Zaporizhzhia
Kherson
Kursk
Ala
Ariz
Ark
Calif
Colo
Conn
Fla
Kan
Minn
Mont
Neb
Nev
Okla
Ore
Tenn
Tex
Wis
Wyo
N.M.
N.J.
N.Y.
N.H.
N.C.
N.D.
S.C.
S.D.
R.I.
W.Va.`

const cities = `Kabul
Tirana
Algiers
Luanda
Buenos Aires
Yerevan
Canberra
Sydney
Melbourne
Brisbane
Perth
Adelaide
Vienna
Baku
Manama
Dhaka
Minsk
Brussels
Antwerp
Sarajevo
Brasilia
Rio de Janeiro
Sao Paulo
São Paulo
Sofia
Phnom Penh
Ottawa
Toronto
Montreal
Vancouver
Santiago
Beijing
Shanghai
Hong Kong
Guangzhou
Shenzhen
Wuhan
Bogota
Bogotá
Havana
Nicosia
Prague
Copenhagen
Cairo
Alexandria
Tallinn
Addis Ababa
Helsinki
Paris
Marseille
Lyon
Nice
Strasbourg
Berlin
Munich
Frankfurt
Hamburg
Cologne
Bonn
Stuttgart
Dusseldorf
Düsseldorf
Leipzig
Dresden
Accra
Athens
Budapest
Reykjavik
New Delhi
Delhi
Mumbai
Bombay
Calcutta
Kolkata
Chennai
Bangalore
Jakarta
Tehran
Baghdad
Basra
Mosul
Dublin
Belfast
Jerusalem
Tel Aviv
Rome
Milan
Naples
Turin
Florence
Venice
Genoa
Tokyo
Osaka
Kyoto
Hiroshima
Amman
Astana
Almaty
Nairobi
Pristina
Kuwait City
Bishkek
Vientiane
Riga
Beirut
Tripoli
Benghazi
Vilnius
Skopje
Kuala Lumpur
Valletta
Mexico City
Chisinau
Ulan Bator
Rabat
Casablanca
Maputo
Kathmandu
Amsterdam
Rotterdam
The Hague
Hague
Wellington
Auckland
Managua
Abuja
Lagos
Pyongyang
Seoul
Oslo
Muscat
Islamabad
Karachi
Lahore
Panama City
Lima
Manila
Warsaw
Krakow
Lisbon
Porto
Doha
Bucharest
Moscow
St Petersburg
St. Petersburg
Saint Petersburg
Volgograd
Kigali
Riyadh
Jeddah
Mecca
Medina
Dakar
Belgrade
Freetown
Bratislava
Ljubljana
Mogadishu
Pretoria
Johannesburg
Cape Town
Durban
Juba
Madrid
Barcelona
Seville
Valencia
Bilbao
Colombo
Khartoum
Stockholm
Gothenburg
Bern
Geneva
Zurich
Basel
Lausanne
Davos
Damascus
Aleppo
Homs
Idlib
Taipei
Dushanbe
Dar es Salaam
Bangkok
Tunis
Ankara
Istanbul
Ashgabat
Kampala
Kiev
Kyiv
Київ
Kharkiv
Kharkov
Odesa
Odessa
Lviv
Dnipro
Mariupol
Bakhmut
Sevastopol
Abu Dhabi
Dubai
London
Manchester
Liverpool
Birmingham
Leeds
Glasgow
Edinburgh
Cardiff
Oxford
Cambridge
Bristol
Washington
New York City
Los Angeles
Chicago
Houston
Philadelphia
Phoenix
San Antonio
San Diego
Dallas
San Francisco
Boston
Seattle
Miami
Atlanta
Detroit
Denver
Las Vegas
New Orleans
Baltimore
Pittsburgh
Cleveland
Minneapolis
St. Louis
Nashville
Orlando
Montevideo
Tashkent
Caracas
Hanoi
Ho Chi Minh City
Saigon
Sanaa
Aden
Lusaka
Harare
Kinshasa
Jerusalem
Ramallah
Gaza City
Hebron
Haifa
Minsk
Tbilisi
Grozny
Novosibirsk
Vladivostok
Kaliningrad
Yekaterinburg
Kazan
Murmansk
Sochi
Rostov
Donetsk
Luhansk
Kherson
Zaporizhzhia
Avdiivka
Pokrovsk
Kursk
Belgorod
Bucha
Srebrenica
Zagreb
Podgorica
Tirana
Singapore
Macau
Kandahar
Herat
Peshawar
Quetta
Karachi
Hyderabad
Ahmedabad
Pune
Kashgar
Lhasa
Chongqing
Tianjin
Nanjing
Chengdu
Xian
Manchester
Munich
Monte Carlo
Marrakesh
Timbuktu
Mombasa
Kano
Goma
Bamako
Niamey
Ouagadougou
Abidjan
Conakry
Monrovia
Lome
Cotonou
Yaounde
Douala
Libreville
Brazzaville
Bangui
N'Djamena
Asmara
Port-au-Prince
Kingston
San Juan
Guatemala City
San Salvador
Tegucigalpa
San Jose
Quito
Guayaquil
La Paz
Asuncion
Medellin
Cali
Valparaiso
Cordoba
Rosario
Auckland
Christchurch
Suva
Port Moresby
Dili
Manila
Cebu
Hanoi
Yangon
Rangoon
Naypyidaw
Dhaka
Chittagong
Thimphu
Male
Colombo
Kabul
Mazar-i-Sharif
Tashkent
Samarkand
Baku
Yerevan
Tbilisi`

// Organisations whose full name or acronym a reader knows.
const organisations = `United Nations
UN
U.N.
UN Security Council
Security Council
General Assembly
NATO
Nato
European Union
EU
E.U.
European Commission
European Parliament
European Council
European Central Bank
ECB
Council of Europe
OSCE
African Union
Arab League
ASEAN
OPEC
G7
G8
G20
BRICS
IMF
International Monetary Fund
World Bank
World Health Organization
World Health Organisation
WHO
World Trade Organization
World Trade Organisation
WTO
UNESCO
UNICEF
UNHCR
UNRWA
IAEA
International Atomic Energy Agency
International Criminal Court
ICC
International Court of Justice
ICJ
Interpol
Europol
Red Cross
International Committee of the Red Cross
ICRC
Red Crescent
Amnesty International
Human Rights Watch
Greenpeace
Doctors Without Borders
Medecins Sans Frontieres
Kremlin
White House
Pentagon
State Department
Foreign Office
Home Office
Treasury
Congress
Senate
House of Representatives
House of Commons
House of Lords
Parliament
Bundestag
Duma
State Duma
Knesset
Supreme Court
Federal Reserve
Fed
Bundesbank
Bank of England
Bank of Japan
CIA
FBI
NSA
KGB
FSB
MI5
MI6
Mossad
Hamas
Hezbollah
Taliban
al Qaeda
al-Qaeda
Al Qaeda
Islamic State
ISIS
ISIL
Boko Haram
Wagner
PLO
IRA
ETA
PKK
Republican Party
Democratic Party
Republicans
Democrats
Labour
Labour Party
Conservative Party
Conservatives
Tories
Liberal Democrats
Christian Democrats
Social Democrats
SPD
CDU
Likud
ANC
Reuters
Associated Press
AP
AFP
Agence France-Presse
Bloomberg
Xinhua
TASS
Interfax
RIA Novosti
BBC
CNN
NBC
CBS
ABC
Fox News
Al Jazeera
New York Times
Washington Post
Wall Street Journal
Financial Times
The Guardian
Guardian
Times
Daily Mail
Daily Telegraph
Telegraph
Le Monde
Der Spiegel
Economist
Politico
Axios
Twitter
Facebook
Google
Apple
Microsoft
Amazon
Meta
IBM
Intel
Boeing
Airbus
Toyota
Volkswagen
General Motors
Ford
Shell
BP
Exxon
Gazprom
Rosneft
Nasa
NASA
SpaceX
Tesla
Olympics
FIFA
UEFA
IOC
NBA
NFL
Premier League
Ministry of Defence
Ministry of Foreign Affairs
Foreign Ministry
Defence Ministry
Defense Ministry
Defense Department
Justice Department
Interior Ministry
Finance Ministry`

// Demonyms and other capitalised words that are not actors (CoNLL's MISC,
// calendar words). The name gazetteers win over this list.
const notActors = `American
Americans
British
Briton
Britons
English
Englishman
Scottish
Scot
Scots
Welsh
Irish
French
Frenchman
German
Germans
Italian
Italians
Spanish
Spaniard
Portuguese
Dutch
Belgian
Swiss
Austrian
Swedish
Swede
Norwegian
Danish
Dane
Finnish
Finn
Icelandic
Polish
Pole
Poles
Czech
Slovak
Hungarian
Romanian
Bulgarian
Greek
Greeks
Turkish
Turk
Turks
Russian
Russians
Ukrainian
Ukrainians
Belarusian
Georgian
Armenian
Azerbaijani
Azeri
Kazakh
Uzbek
Chinese
Japanese
Korean
Taiwanese
Vietnamese
Thai
Indonesian
Malaysian
Filipino
Indian
Indians
Pakistani
Pakistanis
Afghan
Afghans
Bangladeshi
Sri Lankan
Nepali
Iranian
Iranians
Iraqi
Iraqis
Syrian
Syrians
Lebanese
Israeli
Israelis
Palestinian
Palestinians
Jordanian
Saudi
Saudis
Egyptian
Egyptians
Libyan
Tunisian
Algerian
Moroccan
Sudanese
Ethiopian
Kenyan
Nigerian
Ghanaian
South African
Zimbabwean
Somali
Congolese
Ugandan
Rwandan
Canadian
Canadians
Mexican
Mexicans
Brazilian
Brazilians
Argentine
Argentinian
Chilean
Colombian
Peruvian
Venezuelan
Cuban
Australian
Australians
New Zealander
Soviet
European
Europeans
Asian
African
Africans
Arab
Arabs
Arabic
Western
Westerners
Eastern
Northern
Southern
Latin
Kurdish
Kurds
Jewish
Jew
Jews
Muslim
Muslims
Islamic
Islam
Christian
Christians
Catholic
Catholics
Protestant
Orthodox
Hindu
Buddhist
Sunni
Shia
Shiite
Communist
Communists
Nazi
Nazis
Marxist
Republican
Democrat
Monday
Tuesday
Wednesday
Thursday
Friday
Saturday
Sunday
January
February
March
April
May
June
July
August
September
October
November
December
Jan
Feb
Mar
Apr
Jun
Jul
Aug
Sep
Sept
Oct
Nov
Dec
Christmas
Easter
Ramadan
Eid
Halloween
Thanksgiving
God
Internet
English
Euro
Euros
Dollar
Dollars
GMT
EST
BST
CET
AM
PM
TV
CEO
CFO
PhD
OK
I
Mr
Mrs
Ms
Dr
Sir
Lord
Lady
Prof
St
Jr
Sr
Inc
Ltd
Corp`

// Titles and roles that precede a person's name.
const titles = `President
Vice President
Vice-President
Prime Minister
Deputy Prime Minister
First Minister
Chancellor
Vice Chancellor
Minister
Foreign Minister
Defence Minister
Defense Minister
Interior Minister
Finance Minister
Economy Minister
Trade Minister
Justice Minister
Health Minister
Energy Minister
Deputy Foreign Minister
Deputy Minister
Secretary
Secretary of State
Secretary-General
Secretary General
Under-Secretary
Undersecretary
Foreign Secretary
Home Secretary
Defence Secretary
Defense Secretary
Treasury Secretary
Press Secretary
Ambassador
Envoy
Special Envoy
Special Representative
Commissioner
High Representative
Spokesman
Spokeswoman
Spokesperson
Governor
Mayor
Senator
Sen.
Sen
Rep.
Representative
Congressman
Congresswoman
Speaker
Chairman
Chairwoman
Chair
Chief Executive
Chief
Director
Director-General
Director General
Head
Leader
Opposition Leader
General
Gen.
Gen
Lieutenant
Lt.
Colonel
Col.
Col
Major
Maj.
Captain
Capt.
Admiral
Adm.
Marshal
Commander
Sergeant
Sgt.
King
Queen
Prince
Princess
Emperor
Empress
Sheikh
Emir
Crown Prince
Sultan
Pope
Cardinal
Archbishop
Bishop
Rabbi
Imam
Ayatollah
Father
Rev.
Reverend
Judge
Justice
Prosecutor
Attorney General
Attorney-General
Inspector
Detective
Officer
Constable
Professor
Prof.
Prof
Dr.
Dr
Doctor
Mr.
Mr
Mrs.
Mrs
Ms.
Ms
Miss
Mme
Sir
Dame
Lord
Lady
Baroness
Coach
Manager
Captain
Striker
Goalkeeper
Midfielder
Defender
Coach
Premier
Chancellor
Negotiator
Chief Negotiator
Mediator
Editor
Analyst
Economist
Lawmaker
Legislator
MP
MEP
Deputy
Delegate
Official
Diplomat
Aide
Adviser
Advisor
National Security Adviser
Foreign Policy Chief
Chief of Staff`

// Words that, ending a capitalised name, mark an organisation.
const orgHeads = `Inc
Newsroom
Desk
Albion
Rangers
Hotspur
Rovers
Wire
Media
Newspaper
Magazine
Inc.
Corp
Corp.
Corporation
Co
Co.
Company
Companies
Ltd
Ltd.
Limited
Plc
PLC
LLC
AG
SA
S.A.
NV
N.V.
GmbH
SpA
AB
ASA
Group
Holdings
Holding
Bank
Bancorp
Capital
Partners
Fund
Trust
Securities
Investments
Industries
Airlines
Airways
Motors
Energy
Oil
Petroleum
Systems
Technologies
Communications
Telecom
Pharmaceuticals
Foods
Steel
Mining
Resources
Insurance
Exchange
Agency
Authority
Bureau
Commission
Committee
Council
Court
Department
Ministry
Office
Service
Services
Institute
Institution
Foundation
Association
Federation
Confederation
Union
League
Society
Alliance
Coalition
Movement
Front
Party
Army
Navy
Forces
Police
Guard
Brigade
Church
University
College
School
Academy
Hospital
Club
United
FC
City
Rovers
Athletic
Wanderers
Times
News
Post
Journal
Herald
Tribune
Gazette
Television
Radio
Network
Press
Organisation
Organization
Parliament
Assembly
Congress
Board
Centre
Center
Programme
Program`

// Words that start an organisation's name before "of": "Bank of Japan".
const orgOfHeads = `Bank
University
Ministry
Department
Institute
Council
Court
Church
Party
Association
Federation
Union
League
Organisation
Organization
Commission
Committee
Board
Office
Academy
College
Museum
Federal Bank
Chamber
House
Society
Government`

// Words that end a place name.
const locHeads = `Island
Islands
Mountains
Mountain
Mount
Lake
River
Sea
Ocean
Bay
Valley
Province
Region
District
County
State
Square
Street
Avenue
Road
Bridge
Airport
Peninsula
Strait
Coast
Heights
Desert
Canyon
Harbour
Harbor
Port
Park`

// Common given names of many languages, for "is this a person".
const firstNames = `James John Robert Michael William David Richard Joseph Thomas Charles Christopher Daniel Matthew Anthony Mark Donald Steven Steve Paul Andrew Joshua Kenneth Kevin Brian George Timothy Ronald Edward Jason Jeffrey Ryan Jacob Gary Nicholas Eric Jonathan Stephen Larry Justin Scott Brandon Benjamin Samuel Gregory Alexander Frank Patrick Raymond Jack Dennis Jerry Tyler Aaron Jose Adam Nathan Henry Douglas Zachary Peter Kyle Ethan Walter Noah Jeremy Christian Keith Roger Terry Gerald Harold Sean Austin Carl Arthur Lawrence Dylan Jesse Jordan Bryan Billy Joe Bruce Gabriel Logan Albert Willie Alan Juan Wayne Elijah Randy Roy Vincent Ralph Eugene Russell Bobby Mason Philip Louis Bill Bob Jim Tom Tim Tony Mike Dave Chris Nick Ben Sam Matt Dan Rob Ken Ron Jeff Greg Rick Ted Fred Harry Hugh Ian Neil Nigel Colin Graham Martin Simon Gordon Malcolm Stuart Alistair Gareth Rhys Owen Dean Lee Barry Trevor Clive Derek Geoffrey Roland Rupert Oliver Jamie Liam Connor Callum Kieran Declan Seamus Sean Niall Brendan Ciaran Conor Wesley Craig Glenn Dale Marc Luke Lewis Mary Patricia Jennifer Linda Elizabeth Barbara Susan Jessica Sarah Karen Lisa Nancy Betty Margaret Sandra Ashley Kimberly Emily Donna Michelle Dorothy Carol Amanda Melissa Deborah Stephanie Rebecca Sharon Laura Cynthia Kathleen Amy Angela Shirley Anna Brenda Pamela Emma Nicole Helen Samantha Katherine Christine Debra Rachel Carolyn Janet Catherine Maria Heather Diane Ruth Julie Olivia Joyce Virginia Victoria Kelly Lauren Christina Joan Evelyn Judith Megan Andrea Cheryl Hannah Jacqueline Martha Gloria Teresa Ann Sara Madison Frances Kathryn Janice Jean Abigail Alice Judy Sophia Grace Denise Amber Doris Marilyn Danielle Beverly Isabella Theresa Diana Natalie Brittany Charlotte Marie Kayla Alexis Lori Hillary Condoleezza Madeleine Angela Theresa Nicola Ursula Christine Kamala Nancy Nikki Liz Kate Jane Anne Sue Jill Lucy Sophie Chloe Ellie Georgia Harriet Claire Fiona Gillian Siobhan Aoife Niamh Moira Kirsty Shona Hilary Yvonne Yvette Monique Sylvie Isabelle Nathalie Brigitte Claudia Sabine Ursula Petra Monika Ingrid Astrid Karin Birgit Anja Katja Margit Lena Elena Olga Irina Natalia Natasha Svetlana Tatiana Tatyana Yulia Julia Anastasia Ekaterina Maria Marina Galina Lyudmila Oksana Ivanka Daria Sofia Alina Aylin Ayse Fatma Zeynep Emine Leyla Fatima Aisha Ayesha Amina Mariam Maryam Noor Layla Yasmin Rania Hala Samira Nadia Benazir Indira Sonia Priya Sunita Anjali Aung Yingluck Park Mei Ling Xiu Ying Yuki Yoko Keiko Akiko Angelina Giorgia Giulia Francesca Chiara Federica Valentina Paola Carla Lucia Carmen Dolores Pilar Isabel Ana Beatriz Cristina Dilma Michelle Evo Lula Jair Hugo Nicolas Nicolás Luis Carlos Jorge Pedro Manuel Javier Miguel Antonio Francisco Rafael Fernando Alejandro Pablo Diego Sergio Andres Andrés Ricardo Roberto Eduardo Alberto Enrique Gustavo Raul Raúl Mauricio Felipe Marcelo Rodrigo Emilio Ernesto Fidel Raul Alvaro Álvaro Iker Xavi Gerard Jordi Josep Joan Mariano Mario Marco Marcello Luca Matteo Giuseppe Giovanni Francesco Alessandro Andrea Stefano Paolo Roberto Silvio Romano Sergio Enrico Fabio Gianluca Gianni Massimo Maurizio Claudio Carlo Walter Emmanuel Jacques Jean Pierre Francois François Michel Philippe Alain Nicolas Laurent Olivier Christophe Thierry Patrick Didier Bernard Dominique Lionel Edouard Gérard Hubert Marcel Rene René Yves Georges Henri Jean-Pierre Jean-Marie Jean-Claude Jean-Luc Jean-Paul Jean-Yves Marine Segolene Ségolène Helmut Gerhard Angela Olaf Friedrich Frank-Walter Wolfgang Hans Klaus Jürgen Juergen Jurgen Dieter Horst Heinz Günter Gunter Werner Manfred Joachim Karl Kurt Uwe Lothar Rudolf Otto Sebastian Stefan Tobias Florian Lukas Jonas Markus Matthias Thorsten Oliver Norbert Volker Joschka Guido Armin Christian Annalena Robert Hendrik Mark Jan Pieter Willem Dirk Geert Wim Ruud Johan Jens Lars Anders Nils Olof Sven Gustav Erik Henrik Magnus Stig Bjorn Björn Jonas Mikael Carl Ole Niels Rasmus Mette Helle Sanna Sauli Alexander Stubb Vladimir Vladimirovich Dmitry Dmitri Dmitriy Sergei Sergey Serhiy Sergiy Mikhail Mykhailo Nikolai Mykola Ivan Ivanovich Alexei Alexey Oleksiy Oleksii Oleksandr Aleksandr Alexandr Andrei Andrey Andriy Yuri Yury Yuriy Boris Viktor Victor Pavel Pavlo Petro Pyotr Anatoly Anatoliy Evgeny Yevgeny Yevhen Gennady Konstantin Leonid Oleg Igor Ihor Roman Ruslan Maxim Maksim Valery Valeriy Vitaly Vitali Vitaliy Volodymyr Vasily Vasyl Grigory Georgy Denis Kirill Artem Arseniy Arseny Arsen Rustam Ramzan Sergej Tomas Tomasz Piotr Pawel Paweł Krzysztof Andrzej Jaroslaw Jarosław Lech Donald Bronislaw Aleksander Radoslaw Mateusz Wojciech Jozef Józef Marek Jiri Jiří Vaclav Václav Milos Miloš Petr Robert Viktor Laszlo László Janos János Zoltan Zoltán Peter Gabor Gábor Tibor Imre Ferenc Istvan István Andrej Slobodan Aleksandar Zoran Goran Dragan Milan Vojislav Radovan Ratko Franjo Ante Ivo Alija Hashim Ibrahim Recep Tayyip Ahmet Mehmet Mustafa Ali Hasan Hassan Hussein Husain Hussain Mohammed Mohammad Muhammad Mohamed Mahmoud Mahmud Ahmed Ahmad Abdullah Abdul Abdel Omar Umar Osama Khalid Khaled Saeed Said Saleh Salman Faisal Fahd Hamad Tamim Khalifa Sultan Zayed Nasser Anwar Hosni Bashar Hafez Rafik Rafiq Saad Nabih Walid Yasser Mahmoud Ismail Ismael Haniyeh Benjamin Yitzhak Shimon Ariel Ehud Naftali Yair Avigdor Moshe Benny Gideon Isaac Reuven Yoav Bezalel Itamar Hossein Hassan Ebrahim Javad Mahmoud Akbar Ali Reza Mohsen Masoud Abbas Hamid Nouri Nuri Haider Moqtada Jalal Masoud Nechirvan Ashraf Hamid Abdul Rashid Gulbuddin Imran Nawaz Shehbaz Asif Pervez Benazir Bilawal Narendra Rahul Manmohan Atal Sonia Amit Arvind Rajnath Subrahmanyam Jaishankar Sheikh Hasina Khaleda Mahinda Gotabaya Ranil Xi Jinping Li Hu Jintao Wen Jiabao Deng Mao Zhou Wang Zhang Liu Chen Yang Zhao Huang Wu Shinzo Fumio Yoshihide Junichiro Taro Naoto Yoshihiko Kim Jong Moon Yoon Lee Park Ban Joko Jokowi Prabowo Susilo Megawati Mahathir Anwar Najib Rodrigo Ferdinand Bongbong Hun Sen Thaksin Prayuth Prayut Nguyen Kofi Boutros Antonio António Ban Nelson Thabo Jacob Cyril Robert Emmerson Paul Uhuru William Raila Yoweri Abiy Isaias Muhammadu Bola Goodluck Olusegun Jacob Macky Alassane Laurent Felix Félix Joseph Denis Idriss Mahamat Omar Salva Riek Abdel Fattah Hemedti Moammar Muammar Khalifa Ben Kais Beji Abdelaziz Abdelmadjid Justin Stephen Brian Jean Pierre Jens Kaja Ursula Josep Charles Donald Joe Barack Hillary George Bill Ronald Jimmy Gerald Richard Lyndon Dwight Harry Franklin Kamala Mike Mitt John Nancy Chuck Mitch Kevin Ted Marco Rand Bernie Elizabeth Lindsey Antony Jake Lloyd Mark Rex Jim Colin Condoleezza Madeleine Warren Henry Zbigniew Keir Rishi Boris Theresa David Gordon Tony Margaret Jeremy Liz Kemi Nigel Ed Nick Vince Jo Dominic Priti Sajid Suella Yvette Rachel Emmanuel Francois Nicolas Jacques Marine Edouard Gabriel Olaf Angela Friedrich Giorgia Mario Matteo Silvio Pedro Mariano Jose Luis Mark Charles Elon Jeff Bill Warren Larry Sergey Tim Satya Sundar Sam Sheryl Rupert Steve Volodymyr Petro Viktor Leonid Yulia Arseniy Vitali Vitaliy Andriy Valerii Valeriy Kyrylo Denys Dmytro Taras Bohdan Yuliia Vadym Oleh Serhii Olena Iryna Mykhailo Zelensky Alexander Aleksandar Recep Hakan Kemal Bulent Bülent Binali Abdullah Ekrem Devlet Meral Selahattin Kilicdaroglu Nikol Ilham Heydar Mikheil Bidzina Salome Irakli Kassym-Jomart Nursultan Shavkat Islam Emomali Sadyr Almazbek Gurbanguly Serdar Alyaksandr Aliaksandr Alexander Sviatlana Maia Igor Vlad Klaus Ion Traian Nicusor Rumen Boyko Alexis Kyriakos Andreas Nicos Giorgos Georgios Konstantinos Nikos Costas Dimitris Yannis Dora Edi Sali Hashim Albin Vjosa Aleksandar Milorad Zeljko Željko Dodik Bakir Milo Zdravko Andrej Janez Borut Robert Marjan Zoran Gjorge Hristijan Kiro Jens Mette Ulf Magdalena Stefan Jonas Erna Sanna Sauli Petteri Katrin Kersti Egils Krisjanis Gitanas Dalia Ingrida Gabrielius Edgars Arturs Kaja Alar Toomas Juri Mart`

// Ordinary capitalised words that start a sentence but never a name; most
// are caught by the Punkt model's orthography, these are the stragglers.
const stopCaps = `The A An And But Or Nor So Yet For In On At By To From Of With Without Within Into Onto Over Under After Before During Since Until While When Where Why How What Which Who Whom Whose This That These Those There Here It Its It's He She They We You I His Her Their Our Your My Mine Me Him Them Us If Although Though Because As Once Then Now Also Even Still Just Only Both Either Neither Each Every All Any Some Many Most Much More Less Few Several Such No Not Nothing None One Two Three Four Five Six Seven Eight Nine Ten First Second Third Last Next Another Other Others Meanwhile However Moreover Furthermore Nevertheless Thus Therefore Indeed Instead Besides Asked Speaking According Despite Amid Among Against Between Through Throughout Toward Towards Upon About Above Below Around Across Along Behind Beyond Near Like Unlike Per Via Let Please Yes Well Oh Today Tomorrow Yesterday Tonight Last Ahead Earlier Later Recently Previously Officials Police Sources Analysts Experts Critics Residents Witnesses Reporters Diplomats Investigators Researchers Scientists Doctors Authorities Troops Rebels Forces Soldiers Voters Fans Players Shares Prices Sales Profits Result Results Standings Scores Squad Teams Team Note Notes Update Updated Published Read Click Watch Photo Video Editing Reporting Writing Compiled Additional Copyright Total Final Semifinal Quarterfinal Round Attendance Half-time Halftime Scorers Scorer Men Women Extras Fall Scoreboard Volume Total Trade Bowling Batting Innings Close Open High Low Change Week Year Month Leading Top Bottom Home Away Draw Lost Won Played Points Goals Runs Wickets Overs Innings Sets Match Matches
Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Mon Tue Wed Thu Fri Sat Sun`

// Sports and event words that make a name MISC, not an actor ("World Cup").
const miscHeads = `Cup
Championship
Championships
Open
Games
Olympics
Grand Prix
Prix
Trophy
Series
Tour
Festival
Award
Awards
Prize
Day
Week
War
Revolution
Act
Treaty
Accord
Accords
Agreement
Plan
Doctrine
Index
Summit
Conference
Declaration
Protocol
Convention
Bill
Law
Order
Affair
Airbus
Boeing`

func set(list string, sep func(rune) bool) map[string]bool {
	m := map[string]bool{}
	for _, f := range strings.FieldsFunc(list, sep) {
		f = strings.TrimSpace(f)
		if f != "" {
			m[strings.ToLower(f)] = true
		}
	}
	return m
}

func isNewline(r rune) bool { return r == '\n' }
func isSpace(r rune) bool   { return r == ' ' || r == '\n' || r == '\t' }

// gazetteer holds the lists above as lower-case lookup sets.
type gazetteer struct {
	loc, org, title, orgHead, orgOfHead, locHead, first, notActor, stopCap, miscHead, orgFirst, country, region, team, last map[string]bool
	admin1, cities                                                                                                          geoList // weak place evidence from GeoNames
	maxLen                                                                                                                  int     // longest entry in words
}

func newGazetteer() *gazetteer {
	g := &gazetteer{
		loc:       set(countries+"\n"+regions+"\n"+cities, isNewline),
		country:   set(countries, isNewline),
		region:    set(regions, isNewline),
		org:       set(organisations, isNewline),
		title:     set(titles, isNewline),
		orgHead:   set(orgHeads, isNewline),
		orgOfHead: set(orgOfHeads, isNewline),
		locHead:   set(locHeads, isNewline),
		first:     set(firstNames, isSpace),
		notActor:  set(notActors, isNewline),
		stopCap:   set(stopCaps, isSpace),
		miscHead:  set(miscHeads, isNewline),
		orgFirst:  set(orgFirsts, isSpace),
		team:      map[string]bool{},
		admin1:    newGeoList(geoAdmin1),
		cities:    newGeoList(geoCities),
		last:      map[string]bool{},
	}
	for _, m := range []map[string]bool{g.loc, g.org, g.title} {
		for k := range m {
			if n := len(strings.Fields(k)); n > g.maxLen {
				g.maxLen = n
			}
		}
	}
	return g
}

// orgFirsts start the names of sports clubs and some companies: "Real Madrid".
const orgFirsts = `Real Atletico Atlético Athletic Deportivo Sporting Racing Dynamo Dinamo Spartak Lokomotiv CSKA
Olympique Borussia Bayer Inter AC FC AS SC SV VfB VfL Eintracht Werder Hertha PSV Standard Club Celta Rayo
Union Partizan Steaua Slavia Sparta Legia Wisla Queens`
