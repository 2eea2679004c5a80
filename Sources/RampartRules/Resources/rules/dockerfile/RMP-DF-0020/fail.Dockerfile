# syntax=docker/dockerfile:1
FROM centos:7.9.2009
RUN yum install -y httpd-2.4.6-99.el7.centos.1
RUN yum -y install mod_ssl-2.4.6-99.el7.centos.1 && yum clean packages
USER apache
CMD ["httpd", "-DFOREGROUND"]
