import json, re, os, sys
D='/work/main/corpus/heldout3'
UNITS={ # unit -> (factor, si_unit)
 'km':(1000,'meter'),'kilometer':(1000,'meter'),'meter':(1,'meter'),'square km':(1e6,'meter ** 2'),
 'km per hour':(1000/3600,'meter / second'),'kilometer per hour':(1000/3600,'meter / second'),
 'tonne':(1000,'kilogram'),'ton':(1000,'kilogram'),'kilogram':(1,'kilogram'),'liter':(0.001,'meter ** 3'),
 'minute':(60,'second'),'hour':(3600,'second'),
 'GWh':(3.6e12,'kilogram * meter ** 2 / second ** 2'),'gigawatt-hour':(3.6e12,'kilogram * meter ** 2 / second ** 2'),
 'kilowatt-hour':(3.6e6,'kilogram * meter ** 2 / second ** 2'),
 'watt-hour per kilogram':(3600,'meter ** 2 / second ** 2'),
}
ABBR=['Co.','Ltd.','Corp.','Inc.','U.S.','J.D.','No.','Jan.','Feb.','Aug.','Sept.','Oct.','Nov.','Dec.','a.m.','p.m.','St.','Mr.','Dr.']
class Art:
    def __init__(s, fname, title, published, source, site, body_start, body_end):
        s.fname=fname; s.text=open(os.path.join(D,fname),encoding='utf-8').read()
        s.title=title; s.published=published; s.source=source; s.site=site
        s.bs=s.text.index(body_start); s.be=s.text.index(body_end, s.bs)+len(body_end)
        assert s.text.count(body_start)>=1
        s.recs=[]; s.used={}
    def find(s, text, ctx=None, nth=None):
        key=(text,ctx)
        if nth is None:
            nth=s.used.get(key,0); s.used[key]=nth+1
        pos=s.bs; hits=[]
        pat=ctx or text
        while True:
            i=s.text.find(pat,pos)
            if i<0 or i+len(pat)>s.be: break
            hits.append(i); pos=i+1
        # word-boundary check
        def ok(i):
            a=s.text[i-1] if i>0 else ' '; b=s.text[i+len(pat)] if i+len(pat)<len(s.text) else ' '
            return not (a.isalnum()) and not (b.isalnum())
        hits=[i for i in hits if ok(i)]
        if nth>=len(hits): raise Exception(f'{s.fname}: not found {pat!r} nth={nth} hits={len(hits)}')
        i=hits[nth]
        if ctx: i=i+ctx.index(text)
        return i, i+len(text)
    def sentence(s, a, b):
        t=s.text
        # start: go back to previous sentence end
        i=a
        while i>s.bs:
            c=t[i-1]
            if c=='\n': break
            if c in '.!?' and t[i:i+1] in (' ',) :
                # check abbreviation
                w=t[max(0,i-6):i]
                if not any(w.endswith(x) for x in ABBR): break
            i-=1
        j=b
        while j<s.be:
            c=t[j]
            if c=='\n': break
            if c in '.!?' and (j+1>=len(t) or t[j+1] in ' \n"”'):
                w=t[max(0,j-5):j+1]
                if not any(w.endswith(x) for x in ABBR):
                    j+=1
                    if j<len(t) and t[j] in '"”': j+=1
                    break
            j+=1
        return t[i:j].strip()
    def add(s, kind, text, ctx=None, nth=None, **f):
        a,b=s.find(text,ctx,nth)
        r={'kind':kind,'text':text,'start':a,'end':b,'sentence':s.sentence(a,b)}
        r.update(f); s.recs.append(r); return r
    def M(s,text,value,cur='CNY',q=None,vmax=None,year=None,usd=None,basis=None,usd_max=None,ctx=None,nth=None):
        if cur=='USD' and usd is None: usd=value; basis='identity'; usd_max=vmax
        if usd is not None and basis is None: basis='stated'
        f=dict(value=float(value),currency=cur,qualifier=q,value_max=None if vmax is None else float(vmax),year=year,usd=None if usd is None else float(usd),usd_basis=basis)
        if usd_max is not None: f['usd_max']=float(usd_max)
        return s.add('money',text,ctx,nth,**f)
    def P(s,text,value,role,q=None,vmax=None,year=None,points=False,ctx=None,nth=None):
        return s.add('percentage',text,ctx,nth,value=float(value),points=points,role=role,qualifier=q,value_max=None if vmax is None else float(vmax),year=year)
    def F(s,text,value,unit,q=None,vmax=None,year=None,ctx=None,nth=None,phys=None):
        f=dict(value=float(value),unit=unit,qualifier=q,value_max=None if vmax is None else float(vmax),year=year)
        pu=phys or (unit if unit in UNITS else None)
        if pu:
            fac,si=UNITS[pu]; f['quantity']=round(value*fac,6)
            if vmax is not None: f['quantity_max']=round(vmax*fac,6)
            f['si_unit']=si
        return s.add('figure',text,ctx,nth,**f)
    def Y(s,text,value,role,ctx=None,nth=None):
        return s.add('year',text,ctx,nth,value=value,role=role)
    def T(s,text,year,subject,value=None,unit=None,ctx=None,nth=None):
        return s.add('target',text,ctx,nth,year=year,subject=subject,value=None if value is None else float(value),unit=unit)
    def FIRM(s,name,aliases=(),exclude=()):
        s.recs.append({'kind':'firm','name':name,'aliases':list(aliases),'_exclude':list(exclude)})
    def finish(s):
        firms=[r for r in s.recs if r['kind']=='firm']
        # all firm surface forms, longest first
        forms=[]
        for r in firms:
            for n in [r['name']]+r['aliases']: forms.append((n,r))
        forms.sort(key=lambda x:-len(x[0]))
        taken=[]
        body=s.text
        for n,r in forms:
            for m in re.finditer(re.escape(n), body):
                a,b=m.span()
                if a<s.bs or b>s.be: continue
                pre=body[a-1] if a>0 else ' '; post=body[b] if b<len(body) else ' '
                if pre.isalnum() or post.isalnum(): continue
                if any(not(b<=x or a>=y) for x,y,_ in taken): continue
                taken.append((a,b,r))
        # excluded spans: (ctx, text) pairs
        for r in firms:
            ex=[]
            for ctx in r['_exclude']:
                i=body.index(ctx,s.bs); ex.append((i,i+len(ctx)))
            r['mentions']=sorted([[a,b] for a,b,rr in taken if rr is r and not any(x<=a and b<=y for x,y in ex)])
            assert r['mentions'], r['name']
            a,b=r['mentions'][0]; r['text']=body[a:b]; r['start']=a; r['end']=b; r['sentence']=s.sentence(a,b)
            del r['_exclude']
        order={'money':0,'percentage':1,'figure':2,'year':3,'firm':4,'target':5}
        recs=sorted(s.recs,key=lambda r:(order[r['kind']],r['start']))
        out={'article':s.fname,'title':s.title,'published':s.published,'source':s.source,'site':s.site,'records':[]}
        for r in recs:
            k=r['kind']; base={'kind':k,'text':r['text'],'start':r['start'],'end':r['end'],'sentence':r['sentence']}
            for kk,v in r.items():
                if kk not in base: base[kk]=v
            out['records'].append(base)
        stem=s.fname[:-4]
        json.dump(out,open(os.path.join(D,'gold',stem+'.json'),'w',encoding='utf-8'),ensure_ascii=False,indent=1)
        from collections import Counter
        print(stem, dict(Counter(r['kind'] for r in recs)))
        return out
